using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Core.Audit;
using Reporting.Core.Catalog;
using Reporting.Core.Issue;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Entities;
using Reporting.Excel.Reports;
using Reporting.Pdf;
using Reporting.Workflows.Audit;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reports;

namespace Reporting.Workflows.Issue;

/// <summary>
/// An analyst issues a period's report: the workbook, the PDF summary and the report document are written once, their
/// bytes and the province's figures kept as issued, and the period locked (imports for it are refused) until an
/// analyst reopens it with a reason. Each step in one transaction with its audit entries and a raised data version.
/// </summary>
/// <param name="attemptsWhileStoring">
/// How many times an issue makes its files while other processes go on storing, before it makes them once more with the
/// year's stores held (they wait the seconds it takes).
/// </param>
public sealed class PeriodIssue(ReportingWorkspace workspace, int attemptsWhileStoring = 2)
{
    /// <summary>Issues and locks <paramref name="period"/>; with <paramref name="directory"/>, writes the issued files there too.</summary>
    public async Task<IssueOutcome> IssueAsync(PeriodId period, Language language, Actor actor, string? directory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await LockOfAsync(period, cancellationToken) is { } held)
        {
            return IssueOutcome.Refused(IssueRefusal.AlreadyLocked(held, workspace.Clock.Zone));
        }

        using (await workspace.Gates.CycleAsync(cancellationToken))
        {
            // Made while other processes (and on PostgreSQL this one's uploads) go on storing, and made again when one of
            // their files moved the period's figures meanwhile; the last time with the year's stores held from before the
            // figures are read, so the figures locked are always the figures issued.
            for (var attempt = 1; ; attempt++)
            {
                if (await TryIssueAsync(period, language, actor, directory, holdStores: attempt > attemptsWhileStoring, cancellationToken) is { } outcome)
                {
                    return outcome;
                }
            }
        }
    }

    /// <summary>
    /// One attempt at an issue; null when a file stored by another process since the figures were read moved them. With
    /// <paramref name="holdStores"/>, the year's stores wait from before the figures are read (a transaction on a
    /// context of its own, which writes the issue: the model's reads refuse a context in a transaction), never null.
    /// </summary>
    private async Task<IssueOutcome?> TryIssueAsync(PeriodId period, Language language, Actor actor, string? directory, bool holdStores, CancellationToken cancellationToken)
    {
        var key = period.ToString();
        await using var holder = holdStores ? ReportingDbContext.Open(workspace.Db.Settings) : null;
        await using var held = holder is null ? null : await BeginHoldingStoresAsync(holder, period, cancellationToken);
        var read = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);

        // The model's reads use connections of their own: the stamp read first, a file committed later is seen below.
        var model = await new ReportModelQuery(workspace).BuildAsync(period, null, language, cancellationToken: cancellationToken);
        var figures = model.Summary.Rows.ToDictionary(r => r.Indicator.Code, r => r.Value, StringComparer.Ordinal);
        var report = new IssuedReportEntity
        {
            Period = key,
            IssuedAt = workspace.Time.GetUtcNow(),
            IssuedBy = actor.Name,
            Language = language == Language.English ? "en" : "vi",
            Workbook = Bytes(stream => new ReportWorkbookWriter().Write(model, stream)),
            Pdf = Bytes(stream => new LeaderSummaryPdf().Write(model, stream)),
            Document = Bytes(stream => ReportWriter.WriteDocument(model, stream)),
            Figures = JsonSerializer.Serialize(figures),
        };
        var writer = holder ?? workspace.Db;
        await using var late = held is null ? await BeginHoldingStoresAsync(writer, period, cancellationToken) : null;
        var transaction = held ?? late!;
        var locks = new PeriodLockStore(writer);

        // Asked again inside the transaction, behind the gate: two issues never both lock.
        if (await locks.LockOfAsync(key, cancellationToken) is { } locked)
        {
            return IssueOutcome.Refused(IssueRefusal.AlreadyLocked(locked, workspace.Clock.Zone));
        }

        if (held is null && await MovedSinceAsync(read, period, cancellationToken))
        {
            return null;
        }

        var id = await locks.IssueAsync(report, cancellationToken);
        var trail = new AuditTrail(workspace, writer);
        await trail.RecordAsync(
            actor,
            AuditAction.PeriodIssued,
            key,
            after: new { issuedReport = id, language = report.Language, figures },
            cancellationToken: cancellationToken);
        await trail.RecordAsync(actor, AuditAction.PeriodLocked, key, before: new { locked = false }, after: new { locked = true, issuedReport = id }, cancellationToken: cancellationToken);
        await new DataVersionStore(writer).RaiseAsync(DataVersion.Cycle, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var info = (await locks.IssuedAsync(key, cancellationToken)).Single(r => r.Id == id);
        return new IssueOutcome(info, directory is null ? [] : WriteFiles(report, directory, cancellationToken), null);
    }

    /// <summary>A transaction on <paramref name="db"/> in which no store of the period's year can commit until it ends.</summary>
    private static async Task<IDbContextTransaction> BeginHoldingStoresAsync(ReportingDbContext db, PeriodId period, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await new PeriodLockStore(db).HoldStoresOfYearAsync(period.Year, cancellationToken);
        return transaction;
    }

    /// <summary>
    /// Whether what a report of <paramref name="period"/> shows may have changed since <paramref name="read"/>: a file
    /// covering any month up to the period's end (the period, what it is compared with, its trend, on-time), or a
    /// catalog change. Reviews and other periods' locks change none of its figures.
    /// </summary>
    private async Task<bool> MovedSinceAsync(DataStamp read, PeriodId period, CancellationToken cancellationToken)
    {
        var versions = new DataVersionStore(workspace.Db);
        var now = await versions.ReadAsync(cancellationToken);
        if (now.Catalog != read.Catalog)
        {
            return true;
        }

        var changes = await versions.ChangesAsync(read.Submissions, now.Submissions, cancellationToken);
        return changes is null || changes.Any(c => c.FirstMonth <= period.LastMonth.Index);
    }

    /// <summary>Lifts the period's lock, recording who and why; refused without a reason or when the period is not locked.</summary>
    public async Task<IssueOutcome> ReopenAsync(PeriodId period, Actor actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var key = period.ToString();
        if (string.IsNullOrWhiteSpace(reason))
        {
            return IssueOutcome.Refused(IssueRefusal.NoReason(key));
        }

        using (await workspace.Gates.CycleAsync(cancellationToken))
        {
            await using var transaction = await workspace.Db.Database.BeginTransactionAsync(cancellationToken);
            var locks = new PeriodLockStore(workspace.Db);
            var held = await locks.LockOfAsync(key, cancellationToken);
            if (held is null || !await locks.ReopenAsync(key, actor.Name, workspace.Time.GetUtcNow(), reason.Trim(), cancellationToken))
            {
                return IssueOutcome.Refused(IssueRefusal.NotLocked(key));
            }

            await new AuditTrail(workspace).RecordAsync(
                actor,
                AuditAction.PeriodReopened,
                key,
                before: new { locked = true, issuedReport = held.IssuedReportId, lockedBy = held.LockedBy },
                after: new { locked = false, reason = reason.Trim() },
                cancellationToken: cancellationToken);
            await new DataVersionStore(workspace.Db).RaiseAsync(DataVersion.Cycle, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new IssueOutcome((await locks.IssuedAsync(key, cancellationToken)).Single(r => r.Id == held.IssuedReportId), [], null);
        }
    }

    /// <summary>Writes the period's latest issued files, byte for byte as issued, into <paramref name="directory"/>.</summary>
    public async Task<IssueOutcome> WriteAsIssuedAsync(PeriodId period, string directory, CancellationToken cancellationToken = default)
    {
        var key = period.ToString();
        var locks = new PeriodLockStore(workspace.Db);
        var report = await locks.LatestAsync(key, cancellationToken);
        if (report is null)
        {
            return IssueOutcome.Refused(IssueRefusal.NeverIssued(key));
        }

        var info = (await locks.IssuedAsync(key, cancellationToken)).Single(r => r.Id == report.Id);
        return new IssueOutcome(info, WriteFiles(report, directory, cancellationToken), null);
    }

    /// <summary>The period's lock while it holds (who issued it, when); null when open.</summary>
    public Task<PeriodLock?> LockOfAsync(PeriodId period, CancellationToken cancellationToken = default) =>
        new PeriodLockStore(workspace.Db).LockOfAsync(period.ToString(), cancellationToken);

    /// <summary>The lock that refuses files of the period: its own, or that of a period it lies within; null when none.</summary>
    public Task<PeriodLock?> LockHoldingAsync(PeriodId period, CancellationToken cancellationToken = default) =>
        new PeriodLockStore(workspace.Db).LockHoldingAsync(period, cancellationToken);

    /// <summary>Every report issued for the period, oldest first, with whether and why each was reopened.</summary>
    public Task<IReadOnlyList<IssuedReportInfo>> HistoryAsync(PeriodId period, CancellationToken cancellationToken = default) =>
        new PeriodLockStore(workspace.Db).IssuedAsync(period.ToString(), cancellationToken);

    /// <summary>
    /// The province's figures of the latest issued report against the figures now, in the catalog's order; empty when
    /// nothing was issued.
    /// </summary>
    public async Task<IReadOnlyList<IssuedFigure>> ChangesSinceIssueAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var report = await new PeriodLockStore(workspace.Db).LatestAsync(period.ToString(), cancellationToken);
        if (report is null)
        {
            return [];
        }

        var issued = JsonSerializer.Deserialize<Dictionary<string, decimal?>>(report.Figures) ?? [];
        var now = (await new SummaryQuery(workspace).BuildAsync(period, cancellationToken: cancellationToken)).Rows.ToDictionary(r => r.Indicator.Code, r => r.Value, StringComparer.Ordinal);
        return issued.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Select(code => new IssuedFigure(code, issued.GetValueOrDefault(code), now.GetValueOrDefault(code)))
            .ToList();
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static IReadOnlyList<string> WriteFiles(IssuedReportEntity report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var (extension, bytes) in new[] { ("xlsx", report.Workbook), ("pdf", report.Pdf), ("docx", report.Document) })
        {
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{report.Period}.{extension}"));
            FinishedFile.Write(path, stream => stream.Write(bytes), cancellationToken);
            files.Add(path);
        }

        return files;
    }
}
