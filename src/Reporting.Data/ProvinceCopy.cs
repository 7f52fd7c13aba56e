using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Data.Entities;
using Reporting.Data.FastPaths;
using Reporting.Data.Opening;

namespace Reporting.Data;

/// <summary>
/// Moves a province's stored state from one reporting database to another, on either provider: the catalog documents,
/// every version of every submission (same ids, uploader and time received), their rows in the order read, and the
/// stored roll-ups as they are, and the reporting cycle (reviews, issued reports, locks, the audit log). The target must be empty; the copy is one transaction on it.
/// </summary>
public static class ProvinceCopy
{
    private const int Batch = 500;

    /// <returns>What was copied.</returns>
    public static async Task<ProvinceCounts> CopyAsync(ReportingDbContext source, ReportingDbContext target, CancellationToken cancellationToken = default)
    {
        var held = await CountAsync(target, cancellationToken);
        if (held.Submissions > 0 || held.CatalogDocuments > 0)
        {
            throw new DatabaseUnavailableException(
                $"{target.Location.Display} already holds a province ({held.Submissions} submissions): copy only into a new or empty database. Nothing was changed.");
        }

        var storage = EfStorage.For(target);
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        target.CatalogDocuments.AddRange(await source.CatalogDocuments.AsNoTracking().ToListAsync(cancellationToken));
        target.PendingRollupRebuilds.AddRange(await source.PendingRollupRebuilds.AsNoTracking().ToListAsync(cancellationToken));
        await SaveAsync(target, cancellationToken);

        long last = 0;
        while (true)
        {
            var submissions = await source.Submissions.AsNoTracking().Where(s => s.Id > last).OrderBy(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
            if (submissions.Count == 0)
            {
                break;
            }

            var (first, end) = (last, submissions[^1].Id);
            target.Submissions.AddRange(submissions);
            await SaveAsync(target, cancellationToken);

            // New row ids, in the order the source holds them: a version's rows keep the order they were read in.
            var values = await source.SubmissionValues.AsNoTracking()
                .Where(v => v.SubmissionId > first && v.SubmissionId <= end)
                .OrderBy(v => v.Id)
                .ToListAsync(cancellationToken);
            target.SubmissionValues.AddRange(values.Select(v => new SubmissionValueEntity
            {
                SubmissionId = v.SubmissionId,
                IndicatorCode = v.IndicatorCode,
                Value = v.Value,
                Cell = v.Cell,
                Note = v.Note,
                IsEstimate = v.IsEstimate,
            }));
            await SaveAsync(target, cancellationToken);
            last = end;
        }

        // The reporting cycle, with the same ids: reviews and their comments, issued reports, locks, the audit log.
        target.SubmissionReviews.AddRange(await source.SubmissionReviews.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        await SaveAsync(target, cancellationToken);
        target.ReviewComments.AddRange(await source.ReviewComments.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken));
        await SaveAsync(target, cancellationToken);
        await foreach (var report in source.IssuedReports.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            target.IssuedReports.Add(report);
            await SaveAsync(target, cancellationToken);
        }

        target.PeriodLocks.AddRange(await source.PeriodLocks.AsNoTracking().OrderBy(l => l.Id).ToListAsync(cancellationToken));
        target.AuditEntries.AddRange(await source.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken));
        await SaveAsync(target, cancellationToken);

        // Reminders already sent go along, so the copy does not remind an agency of the same deadline again.
        target.RemindersSent.AddRange((await source.RemindersSent.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken)).Select(r => new ReminderSent
        {
            AgencyCode = r.AgencyCode,
            Period = r.Period,
            Due = r.Due,
            Recipient = r.Recipient,
            SentAt = r.SentAt,
        }));
        await SaveAsync(target, cancellationToken);

        await storage.AfterExplicitIdsAsync(target, cancellationToken);
        await foreach (var rollups in source.PeriodRollups.AsNoTracking().AsAsyncEnumerable().Chunk(5_000).WithCancellation(cancellationToken))
        {
            await storage.InsertRollupsAsync(target, rollups.Select(RollupOf), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        target.ChangeTracker.AutoDetectChangesEnabled = true;
        return await CountAsync(target, cancellationToken);
    }

    /// <summary>How many of each a database holds.</summary>
    public static async Task<ProvinceCounts> CountAsync(ReportingDbContext db, CancellationToken cancellationToken = default) => new(
        await db.CatalogDocuments.CountAsync(cancellationToken),
        await db.Submissions.CountAsync(cancellationToken),
        await db.SubmissionValues.LongCountAsync(cancellationToken),
        await db.PeriodRollups.LongCountAsync(cancellationToken));

    /// <summary>
    /// A digest of everything a province's figures depend on, as stored: catalog, every version with its uploader and
    /// the instant received, every row with its stored figure, every roll-up. Equal digests: equal figures.
    /// </summary>
    /// <remarks>
    /// Rows are put in order here, by ordinal comparison of their keys (or by id): the servers' collations order text
    /// differently (PostgreSQL's locale ignores the dash in 2026-Q1 at first). Times count whole microseconds, the most
    /// PostgreSQL's timestamptz holds.
    /// </remarks>
    public static async Task<string> FingerprintAsync(ReportingDbContext db, CancellationToken cancellationToken = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));

        foreach (var line in (await db.CatalogDocuments.AsNoTracking().ToListAsync(cancellationToken)).Select(d => $"catalog|{d.Name}|{d.Json}").Order(StringComparer.Ordinal))
        {
            Add(line);
        }

        await foreach (var s in db.Submissions.AsNoTracking().OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(FormattableString.Invariant(
                $"submission|{s.Id}|{s.AgencyCode}|{s.Period}|{s.FirstMonth}|{s.LastMonth}|{s.Version}|{s.SourceFile}|{s.Sha256}|{s.ReceivedAt.UtcTicks / 10}|{s.IsCurrent}|{s.UploadedBy}|{s.UploadedOnBehalf}|{s.ValueCount}|{s.IsEstimate}|{s.EstimateCount}"));
        }

        await foreach (var v in db.SubmissionValues.AsNoTracking().OrderBy(v => v.SubmissionId).ThenBy(v => v.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(FormattableString.Invariant($"value|{v.SubmissionId}|{v.IndicatorCode}|{StoredFigure.ToMillionths(v.Value)}|{v.Cell}|{v.Note}|{v.IsEstimate}"));
        }

        var rollups = new List<string>();
        await foreach (var r in db.PeriodRollups.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rollups.Add(FormattableString.Invariant(
                $"rollup|{r.Period}|{r.AgencyCode}|{r.IndicatorCode}|{StoredFigure.ToMillionths(r.Sum)}|{StoredFigure.ToMillionths(r.Latest)}|{r.LatestMonth}|{r.LatestSubmissionId}|{r.CoveredMonths}|{r.ValueCount}|{r.EstimateCount}|{r.LatestIsEstimate}"));
        }

        rollups.Sort(StringComparer.Ordinal);
        rollups.ForEach(Add);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static async Task SaveAsync(ReportingDbContext target, CancellationToken cancellationToken)
    {
        target.ChangeTracker.DetectChanges();
        await target.SaveChangesAsync(cancellationToken);
        target.ChangeTracker.Clear();
    }

    private static PeriodRollup RollupOf(PeriodRollupEntity r) => new(
        r.AgencyCode, r.IndicatorCode, PeriodId.Parse(r.Period), r.Sum, r.Latest, YearMonth.FromIndex(r.LatestMonth), r.LatestSubmissionId, r.CoveredMonths, r.ValueCount, [], null)
    {
        EstimateCount = r.EstimateCount,
        LatestIsEstimate = r.LatestIsEstimate,
    };
}
