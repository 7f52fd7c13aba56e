using System.Text.Encodings.Web;
using System.Text.Json;
using Reporting.Core.Audit;
using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows.Audit;

/// <summary>
/// Writes the audit log's entries for the use cases of Workflows, each inside the transaction of the change it records
/// (the workspace's context, or <paramref name="on"/> when the change is written on a context of its own), so an entry
/// exists exactly when its change was committed.
/// </summary>
public sealed class AuditTrail(ReportingWorkspace workspace, ReportingDbContext? on = null)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Appends one entry at the workspace's time; <paramref name="before"/> and <paramref name="after"/> are written as JSON.</summary>
    public Task RecordAsync(
        Actor actor,
        string action,
        string? period = null,
        string? agencyCode = null,
        long? submissionId = null,
        object? before = null,
        object? after = null,
        CancellationToken cancellationToken = default)
    {
        return new AuditLog(on ?? workspace.Db).AppendAsync(Entry(actor, action, period, agencyCode, submissionId, before, after), cancellationToken);
    }

    /// <summary>
    /// An entry as <see cref="RecordAsync"/> appends it, for a store that writes it itself in its transaction
    /// (<see cref="Data.SubmissionStore.SaveAsync"/>, with its last writes).
    /// </summary>
    public AuditEntryEntity Entry(
        Actor actor, string action, string? period = null, string? agencyCode = null, long? submissionId = null, object? before = null, object? after = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntryEntity
        {
            At = workspace.Time.GetUtcNow(),
            Actor = actor.Name,
            Origin = actor.Origin,
            Action = action,
            Period = period,
            AgencyCode = agencyCode,
            SubmissionId = submissionId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
    }

    /// <summary>
    /// Records a change made outside the reporting model's context (the portal's users and roles, whose ASP.NET
    /// Identity store has a context of its own, and failed logins), in a transaction of its own right after it.
    /// </summary>
    public static async Task RecordAloneAsync(ReportingDatabase database, Actor actor, string action, object? before = null, object? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        await new AuditTrail(workspace).RecordAsync(actor, action, before: before, after: after, cancellationToken: cancellationToken);
    }
}
