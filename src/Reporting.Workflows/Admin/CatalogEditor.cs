using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Audit;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Entities;
using Reporting.Workflows.Audit;

namespace Reporting.Workflows.Admin;

/// <summary>
/// Changes to the stored catalog an admin makes: yearly targets, deadlines of particular periods, the agency list.
/// Each edits the stored JSON document and saves it through <see cref="CatalogStore"/>, which checks it reads, so the
/// database and `reporting init` keep one format. Figures need no rebuild: roll-ups do not depend on the catalog.
/// Each change is recorded in the audit log (by <paramref name="actor"/>) in the transaction that saves it.
/// </summary>
public sealed class CatalogEditor(ReportingWorkspace workspace, Actor actor)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly CatalogStore store = new(workspace.Db);

    /// <summary>Sets indicators' targets for a year (a null target removes it), all in one save.</summary>
    public async Task SetTargetsAsync(int year, IReadOnlyList<(string IndicatorCode, decimal? Target)> targets, CancellationToken cancellationToken = default)
    {
        if (targets.Count == 0)
        {
            return;
        }

        var documents = await store.DocumentsAsync(cancellationToken);
        var root = JsonNode.Parse(documents[CatalogDocument.Indicators])!.AsObject();
        var indicators = (root["indicators"]?.AsArray() ?? []).OfType<JsonObject>().ToDictionary(i => (string?)i["code"] ?? string.Empty, StringComparer.Ordinal);
        var key = year.ToString(CultureInfo.InvariantCulture);
        var before = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (code, target) in targets)
        {
            var indicator = indicators.GetValueOrDefault(code) ?? throw new ArgumentException($"no indicator {code}", nameof(targets));
            var byYear = ObjectIn(indicator, "targets");
            before[code] = byYear[key]?.GetValue<decimal>();
            after[code] = target;
            byYear.Remove(key);
            if (target is { } value)
            {
                byYear[key] = value;
            }
        }

        await SaveAsync(documents, CatalogDocument.Indicators, root.ToJsonString(Indented), AuditAction.TargetChanged, new { year, targets = before }, new { year, targets = after }, cancellationToken);
    }

    /// <summary>Sets periods' deadlines (a null one returns the period to the calendar's rule), all in one save.</summary>
    public async Task SetDeadlinesAsync(IReadOnlyList<(PeriodId Period, DateOnly? Due)> deadlines, CancellationToken cancellationToken = default)
    {
        if (deadlines.Count == 0)
        {
            return;
        }

        var documents = await store.DocumentsAsync(cancellationToken);
        var root = documents.TryGetValue(CatalogDocument.Calendar, out var json) ? JsonNode.Parse(json)!.AsObject() : [];
        var byPeriod = ObjectIn(root, "deadlines");
        var before = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (period, due) in deadlines)
        {
            var key = period.ToString();
            before[key] = (string?)byPeriod[key];
            after[key] = due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            byPeriod.Remove(key);
            if (due is { } day)
            {
                byPeriod[key] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        await SaveAsync(documents, CatalogDocument.Calendar, root.ToJsonString(Indented), AuditAction.CatalogChanged, new { deadlines = before }, new { deadlines = after }, cancellationToken);
    }

    /// <summary>Replaces the agency list (the same JSON as templates/agencies.json); a list that does not read changes nothing.</summary>
    public async Task ReplaceAgenciesAsync(string agenciesJson, CancellationToken cancellationToken = default)
    {
        var documents = await store.DocumentsAsync(cancellationToken);
        await SaveAsync(documents, CatalogDocument.Agencies, agenciesJson, AuditAction.CatalogChanged, new { agencies = documents[CatalogDocument.Agencies] }, new { agencies = agenciesJson }, cancellationToken);
    }

    /// <summary>The stored agency list's JSON, to download and edit.</summary>
    public async Task<string> AgenciesJsonAsync(CancellationToken cancellationToken = default) =>
        (await store.DocumentsAsync(cancellationToken))[CatalogDocument.Agencies];

    /// <summary>The object under <paramref name="name"/>, added when missing.</summary>
    private static JsonObject ObjectIn(JsonObject parent, string name)
    {
        if (parent[name] is not JsonObject child)
        {
            child = [];
            parent[name] = child;
        }

        return child;
    }

    private async Task SaveAsync(IReadOnlyDictionary<string, string> documents, string name, string json, string action, object before, object after, CancellationToken cancellationToken)
    {
        var changed = documents.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        changed[name] = json;
        await using var transaction = await workspace.Db.Database.BeginTransactionAsync(cancellationToken);
        await store.SaveAsync(changed[CatalogDocument.Indicators], changed[CatalogDocument.Agencies], changed.GetValueOrDefault(CatalogDocument.Calendar), workspace.Time.GetUtcNow(), cancellationToken);
        await new AuditTrail(workspace).RecordAsync(actor, action, before: before, after: after, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
