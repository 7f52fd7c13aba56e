using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Core.Issue;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Submissions;
using Reporting.Data.Entities;
using Reporting.Data.FastPaths;

namespace Reporting.Data;

/// <summary>Stores submissions as new versions, never losing one, and reads current values back for aggregation.</summary>
public sealed class SubmissionStore(ReportingDbContext db)
{
    private readonly EfStorage storage = EfStorage.For(db);

    /// <summary>The roll-ups kept up to date as submissions are stored.</summary>
    public PeriodRollupStore Rollups { get; } = new(db);

    /// <summary>
    /// Stores a validated submission as the agency's newest version for its period, in one transaction.
    /// The current version sent again (same SHA-256, or saved again without a change: the same rows, figures, cells, notes
    /// and marks) changes nothing; an earlier version sent again after a newer one is
    /// stored as a new version, so the file sent last is current, as the agency expects. The same file sent again with
    /// its estimate mark changed (an estimate confirmed as final, say) is a new version too: what it claims has changed.
    /// Nothing is stored while a lock holds the period (<see cref="SaveOutcome.Lock"/>), asked inside the transaction.
    /// </summary>
    /// <param name="auditEntries">The audit entries that record what was stored, written in the transaction with its last writes.</param>
    /// <param name="turn">Among stores running at once, this one's place in line: awaited before the transaction, passed once the version is inserted.</param>
    public async Task<SaveOutcome> SaveAsync(
        ParsedSubmission submission,
        DateTimeOffset receivedAt,
        Uploader? uploader = null,
        CancellationToken cancellationToken = default,
        Func<SaveOutcome, IReadOnlyList<AuditEntryEntity>>? auditEntries = null,
        StoreTurn? turn = null)
    {
        var agency = submission.AgencyCode ?? throw new ArgumentException("Submission has no agency", nameof(submission));
        var period = submission.Period ?? throw new ArgumentException("Submission has no period", nameof(submission));
        try
        {
            if (turn is not null)
            {
                await turn.WaitAsync(cancellationToken);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The transaction is all or nothing: EF's savepoint around each SaveChanges (the audit entry) would only add
            // round trips, two per save on PostgreSQL.
            db.Database.AutoSavepointsEnabled = false;
            try
            {
                return await SaveInTransactionAsync(submission, agency, period, receivedAt, uploader, auditEntries, turn, transaction, cancellationToken);
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = true;
            }
        }
        finally
        {
            // Stored nothing, or stopped: the next store need not wait.
            turn?.Pass();
        }
    }

    private async Task<SaveOutcome> SaveInTransactionAsync(
        ParsedSubmission submission, string agency, PeriodId period, DateTimeOffset receivedAt, Uploader? uploader, Func<SaveOutcome, IReadOnlyList<AuditEntryEntity>>? auditEntries,
        StoreTurn? turn, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var periodText = period.ToString();
        var (held, versions, agencyValues) = await LockAndVersionsAsync(agency, period, cancellationToken);
        if (held is not null)
        {
            return SaveOutcome.Refused(held) with { AgencyValuesBefore = agencyValues };
        }

        var same = versions.Where(v => v.Sha256 == submission.Sha256 && v.IsEstimate == submission.IsEstimate).MaxBy(v => v.Version);
        if (same is { IsCurrent: true })
        {
            return new SaveOutcome(same.Id, same.Version, false, null) { AgencyValuesBefore = agencyValues };
        }

        var previous = versions.FirstOrDefault(v => v.IsCurrent);
        if (previous is not null && await SameAsStoredAsync(submission, previous, agencyValues, cancellationToken))
        {
            return new SaveOutcome(previous.Id, previous.Version, false, null) { AgencyValuesBefore = agencyValues };
        }

        var version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        var id = await storage.InsertVersionAsync(
            db,
            new SubmissionEntity
            {
                AgencyCode = agency,
                Period = periodText,
                FirstMonth = period.FirstMonth.Index,
                LastMonth = period.LastMonth.Index,
                Version = version,
                SourceFile = submission.SourceFile,
                Sha256 = submission.Sha256,
                ReceivedAt = receivedAt,
                IsCurrent = true,
                UploadedBy = uploader?.UserName,
                UploadedOnBehalf = uploader?.OnBehalf ?? false,
                ValueCount = submission.Values.Count(v => v.Value is not null),
                IsEstimate = submission.IsEstimate,
                EstimateCount = submission.Values.Count(v => v.Value is not null && submission.IsEstimateValue(v)),
            },
            submission.Values,
            submission.IsEstimate,
            previous?.Id,
            cancellationToken);
        turn?.Pass();
        var outcome = new SaveOutcome(id, version, true, previous?.Id, same?.Version)
        {
            SupersededHeldEstimates = previous?.HoldsEstimates ?? false,
            AgencyValuesBefore = agencyValues,
        };

        // The agency's current values of the year after this store: those read with its versions, this period's
        // previous version's replaced by the ones just stored, as read back they would be.
        var year = new PeriodId(PeriodKind.Year, period.Year, 1);
        var currentOfYear = agencyValues.Where(v => v.SubmissionId != previous?.Id && year.Contains(v.Period))
            .Concat(submission.Values.Where(v => v.Value is not null).Select(v => new ReportedValue(
                id, agency, v.IndicatorCode, period, StoredFigure.Of(v.Value!.Value).Value, IsEstimate: submission.IsEstimateValue(v))))
            .ToList();
        var (periods, rollups) = PeriodRollupStore.Containing(period, currentOfYear);

        // Last before commit: on PostgreSQL the counter's row lock orders concurrent stores, held only this long.
        await storage.FinishStoreAsync(db, agency, period, periods, rollups, auditEntries?.Invoke(outcome) ?? [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return outcome;
    }

    /// <summary>
    /// The lock that refuses the period, if any, the agency's versions of it, and its current values (of its year: what
    /// its roll-ups are made of; of earlier periods: its history, which validation compares the file with), in one round
    /// trip, after the locks that order this store against another of the agency's and an issue of the period's year
    /// where the provider needs them (<see cref="EfStorage.StoreLockSql"/>). Asked inside the transaction: a lock
    /// committed before it ends is seen, and no other store of the agency's moves the values read.
    /// </summary>
    /// <remarks>
    /// Plain SQL, as the store's other statements: LINQ cost more than the read on every file imported. The year's values
    /// came in a read of their own after the insert, and the history in one before the transaction, a round trip each:
    /// 0.7-0.9 ms and 0.6-0.75 ms of a file's import on PostgreSQL.
    /// </remarks>
    private Task<(PeriodLock? Held, List<StoredVersion> Versions, List<ReportedValue> AgencyValues)> LockAndVersionsAsync(
        string agency, PeriodId period, CancellationToken cancellationToken) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = storage.StoreLockSql + PeriodLockStore.OpenLocksOfYearSql
                + "SELECT id, version, sha256, is_current, is_estimate, estimate_count FROM submissions WHERE agency_code = @agency AND period = @period;"
                + """
                SELECT s.id, s.period, v.indicator_code, v.value_micros, v.is_estimate
                FROM submissions s JOIN submission_values v ON v.submission_id = s.id
                WHERE s.agency_code = @agency AND s.is_current AND v.value_micros IS NOT NULL
                """;
            PlainSql.AddParameter(command, "agency", agency);
            PlainSql.AddParameter(command, "period", period.ToString());
            PeriodLockStore.AddYear(command, period);
            await storage.PrepareRepeatedAsync(command, cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (storage.StoreLockSql is not null)
            {
                // Past the locks' own result.
                await reader.NextResultAsync(cancellationToken);
            }

            var held = await PeriodLockStore.ReadHoldingAsync(reader, period, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var versions = new List<StoredVersion>();
            while (await reader.ReadAsync(cancellationToken))
            {
                versions.Add(new StoredVersion(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4), reader.GetInt32(5)));
            }

            await reader.NextResultAsync(cancellationToken);
            var values = new List<ReportedValue>();
            var periods = new Dictionary<string, PeriodId>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var text = reader.GetString(1);
                if (!periods.TryGetValue(text, out var of))
                {
                    periods[text] = of = PeriodId.Parse(text);
                }

                values.Add(new ReportedValue(reader.GetInt64(0), agency, reader.GetString(2), of, StoredFigure.FromMillionths(reader.GetInt64(3)), IsEstimate: reader.GetBoolean(4)));
            }

            return (held, versions, values);
        }, cancellationToken);

    /// <summary>
    /// Whether <paramref name="submission"/> says exactly what the current version <paramref name="current"/> says: the
    /// same rows in the same order, each with its figure, cell, note and estimate mark, and the same mark for the whole
    /// file. A workbook opened and saved again without a change has other bytes (Excel rewrites its properties), and
    /// storing it as a new version would only ask the analyst to review again what was already accepted.
    /// </summary>
    /// <remarks>
    /// The figures are compared first with the current values read with the versions; only when they all match are the
    /// version's rows read again, for their notes and the rows without a figure: one more round trip, for a file that
    /// then changes nothing.
    /// </remarks>
    private async Task<bool> SameAsStoredAsync(ParsedSubmission submission, StoredVersion current, IReadOnlyList<ReportedValue> agencyValues, CancellationToken cancellationToken)
    {
        var figures = submission.Values.Where(v => v.Value is not null).ToList();
        var storedFigures = agencyValues.Where(v => v.SubmissionId == current.Id).ToList();
        if (current.IsEstimate != submission.IsEstimate
            || storedFigures.Count != figures.Count
            || !storedFigures.OrderBy(v => v.IndicatorCode, StringComparer.Ordinal).Select(v => (v.IndicatorCode, v.Value, v.IsEstimate))
                .SequenceEqual(figures.OrderBy(v => v.IndicatorCode, StringComparer.Ordinal).Select(v => (v.IndicatorCode, StoredFigure.Of(v.Value!.Value).Value, submission.IsEstimateValue(v)))))
        {
            return false;
        }

        var rows = submission.Values.Select(v => new StoredRow(v.IndicatorCode, v.Value is { } figure ? StoredFigure.Of(figure).Value : null, v.Cell, v.Note, submission.IsEstimateValue(v)));
        return (await RowsOfAsync(current.Id, cancellationToken)).SequenceEqual(rows);
    }

    private sealed record StoredVersion(long Id, int Version, string Sha256, bool IsCurrent, bool IsEstimate, int EstimateCount)
    {
        /// <summary>An estimate as a whole, or holding estimated values.</summary>
        public bool HoldsEstimates => IsEstimate || EstimateCount > 0;
    }

    /// <summary>Values of the current submissions whose period lies within the months given (inclusive).</summary>
    /// <param name="withCells">Whether to read each value's cell (for traces and reports; summaries need none).</param>
    public Task<IReadOnlyList<ReportedValue>> CurrentValuesAsync(YearMonth from, YearMonth to, bool withCells = true, CancellationToken cancellationToken = default) =>
        storage.ReadValuesAsync(db, new ValueFilter(FromMonth: from.Index, ToMonth: to.Index), withCells, cancellationToken);

    /// <summary>
    /// The current values, with their cells, of each agency listed in turn, of the submissions whose period lies within
    /// the months given: agency by agency in the order listed, each agency's in no order promised (a caller that needs
    /// one sorts them, as the report's traced values do).
    /// </summary>
    public Task<IReadOnlyList<ReportedValue>> CurrentValuesOfAgenciesAsync(IEnumerable<string> agencyCodes, YearMonth from, YearMonth to, CancellationToken cancellationToken = default) =>
        storage.ReadValuesOfAgenciesAsync(db, agencyCodes, new ValueFilter(FromMonth: from.Index, ToMonth: to.Index), cancellationToken);

    /// <summary>An agency's current values over all periods (its history, for plausibility warnings).</summary>
    public Task<IReadOnlyList<ReportedValue>> AgencyHistoryAsync(string agencyCode, CancellationToken cancellationToken = default) =>
        storage.ReadValuesAsync(db, new ValueFilter(AgencyCode: agencyCode), true, cancellationToken);

    /// <summary>The values of one stored version, current or superseded.</summary>
    public Task<IReadOnlyList<ReportedValue>> ValuesOfAsync(long submissionId, CancellationToken cancellationToken = default) =>
        storage.ReadValuesAsync(db, new ValueFilter(CurrentOnly: false, SubmissionId: submissionId), true, cancellationToken);

    /// <summary>Submissions whose period lies within the months given; superseded versions too when asked.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> SubmissionsAsync(YearMonth from, YearMonth to, bool includeSuperseded = false, CancellationToken cancellationToken = default)
    {
        var (first, last) = (from.Index, to.Index);
        return InfoAsync(db.Submissions.Where(s => s.FirstMonth >= first && s.LastMonth <= last && (includeSuperseded || s.IsCurrent)), cancellationToken);
    }

    /// <summary>
    /// How many current versions within the months given are in each review state (stored text), by agency: of one
    /// agency only when asked. What the period page's acceptance count is kept as, and updated from one agency's versions.
    /// </summary>
    /// <remarks>
    /// Plain SQL: `reporting summary` asks once per run, where LINQ's first compile would cost more than the read. Counted
    /// by the database: 5,000 rows to read at 5,000 agencies instead of 29,200.
    /// </remarks>
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> CurrentStateCountsAsync(
        YearMonth from, YearMonth to, string? agencyCode = null, CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT agency_code, state, COUNT(*) FROM submissions WHERE first_month >= @first AND last_month <= @last AND is_current"
                + (agencyCode is null ? string.Empty : " AND agency_code = @agency")
                + " GROUP BY agency_code, state";
            PlainSql.AddParameter(command, "first", from.Index);
            PlainSql.AddParameter(command, "last", to.Index);
            if (agencyCode is not null)
            {
                PlainSql.AddParameter(command, "agency", agencyCode);
            }

            var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var agency = reader.GetString(0);
                if (!counts.TryGetValue(agency, out var theirs))
                {
                    counts[agency] = theirs = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                theirs[reader.GetString(1)] = Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
            }

            return (IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>)counts.ToDictionary(
                p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
        }, cancellationToken);

    /// <summary>Every row of one stored version, in the order it was read (empty values and notes too).</summary>
    public async Task<IReadOnlyList<StoredRow>> RowsOfAsync(long submissionId, CancellationToken cancellationToken = default) =>
        await db.SubmissionValues.AsNoTracking()
            .Where(v => v.SubmissionId == submissionId)
            .OrderBy(v => v.Id)
            .Select(v => new StoredRow(v.IndicatorCode, v.Value, v.Cell, v.Note, v.IsEstimate))
            .ToListAsync(cancellationToken);

    /// <summary>The last month any stored submission covers; null for an empty database.</summary>
    public async Task<YearMonth?> LatestMonthAsync(CancellationToken cancellationToken = default) =>
        await db.Submissions.MaxAsync(s => (int?)s.LastMonth, cancellationToken) is { } index ? YearMonth.FromIndex(index) : null;

    /// <summary>The first month any stored submission covers; null for an empty database.</summary>
    public async Task<YearMonth?> EarliestMonthAsync(CancellationToken cancellationToken = default) =>
        await db.Submissions.MinAsync(s => (int?)s.FirstMonth, cancellationToken) is { } index ? YearMonth.FromIndex(index) : null;

    /// <summary>Every version an agency has sent, newest period first.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> SubmissionsOfAgencyAsync(string agencyCode, CancellationToken cancellationToken = default) =>
        InfoAsync(db.Submissions.Where(s => s.AgencyCode == agencyCode), cancellationToken);

    /// <summary>The most recently stored versions of any agency, newest first.</summary>
    public async Task<IReadOnlyList<SubmissionInfo>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        (await InfoAsync(db.Submissions.OrderByDescending(s => s.Id).Take(count), cancellationToken)).OrderByDescending(s => s.Id).ToList();

    /// <summary>One stored version, current or superseded; null when there is none with that id.</summary>
    public async Task<SubmissionInfo?> SubmissionAsync(long id, CancellationToken cancellationToken = default) =>
        (await InfoAsync(db.Submissions.Where(s => s.Id == id), cancellationToken)).SingleOrDefault();

    private static async Task<IReadOnlyList<SubmissionInfo>> InfoAsync(IQueryable<SubmissionEntity> submissions, CancellationToken cancellationToken)
    {
        var rows = await submissions.AsNoTracking()
            .OrderBy(s => s.AgencyCode).ThenBy(s => s.FirstMonth).ThenBy(s => s.Version)
            .Select(s => new
            {
                s.Id, s.AgencyCode, s.Period, s.Version, s.SourceFile, s.Sha256, s.ReceivedAt, s.IsCurrent, s.UploadedBy, s.UploadedOnBehalf, Count = s.ValueCount, s.State, s.IsEstimate,
                Estimates = s.EstimateCount,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(s => new SubmissionInfo(
                s.Id, s.AgencyCode, PeriodId.Parse(s.Period), s.Version, s.SourceFile, s.Sha256, s.ReceivedAt, s.IsCurrent, s.Count, s.UploadedBy is null ? null : new Uploader(s.UploadedBy, s.UploadedOnBehalf), ReviewRules.Parse(s.State), s.IsEstimate, s.Estimates))
            .ToList();
    }
}
