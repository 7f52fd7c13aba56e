using System.Globalization;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Entities;

namespace Reporting.Data.FastPaths;

/// <summary>
/// The storage operations whose speed decides an import's and a summary's: writing a submission's row and values and
/// its roll-ups, and reading values and a period's roll-ups. Written here once through EF Core, which any provider
/// runs; <see cref="SqliteFastPath"/> and <see cref="PostgresFastPath"/> replace what measurement said pays on theirs.
/// Everything else in the stores goes through EF Core directly.
/// </summary>
internal class EfStorage
{
    private static readonly EfStorage Sqlite = new SqliteFastPath();
    private static readonly EfStorage Postgres = new PostgresFastPath();

    /// <summary>The way for the context's provider.</summary>
    public static EfStorage For(ReportingDbContext db) => db.Location.IsPostgreSql ? Postgres : Sqlite;

    /// <summary>
    /// A statement run before a store reads the period locks and the agency's versions, in the same command, that makes
    /// another process's store for the same agency wait until this transaction ends (both would number the same version,
    /// and each would refresh the roll-ups of the year without the other's month), and an issue of a period of the year
    /// wait for both (<see cref="IssueLockSql"/>). Takes <c>@agency</c> and <c>@year</c>; one result. None where the
    /// database has one writer at a time (SQLite): a store's transaction is that writer.
    /// </summary>
    public virtual string? StoreLockSql => null;

    /// <summary>
    /// A statement that makes stores of a year's periods (<c>@year</c>) wait until this transaction ends, taken by an
    /// issue before it checks that its figures still hold and locks its period. None on SQLite, as above.
    /// </summary>
    public virtual string? IssueLockSql => null;

    /// <summary>
    /// Prepares a command every store sends, where that pays (PostgreSQL); on SQLite a command is compiled when run, and
    /// the store's inserts are compiled once by <see cref="SqliteFastPath"/>.
    /// </summary>
    public virtual Task PrepareRepeatedAsync(DbCommand command, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Inserts a submission's row and its rows (in the context's transaction) and gives the row's id.</summary>
    /// <param name="wholeIsEstimate">The submission is an estimate as a whole: every row is stored as one.</param>
    /// <param name="supersedes">The agency's current version of the period, which the new one replaces as current.</param>
    public virtual async Task<long> InsertVersionAsync(
        ReportingDbContext db, SubmissionEntity row, IReadOnlyList<ParsedValue> values, bool wholeIsEstimate, long? supersedes, CancellationToken cancellationToken)
    {
        if (supersedes is { } previous)
        {
            await PlainSql.RunAsync(db.Database, command =>
            {
                command.CommandText = SupersedeSql;
                PlainSql.AddParameter(command, "previous", previous);
                return command.ExecuteNonQueryAsync(cancellationToken);
            }, cancellationToken);
        }

        var id = await InsertSubmissionAsync(db, row, cancellationToken);
        await InsertValuesAsync(db, id, values, wholeIsEstimate, cancellationToken);
        return id;
    }

    /// <summary>Inserts a submission's row (in the context's transaction) and gives its id.</summary>
    protected virtual async Task<long> InsertSubmissionAsync(ReportingDbContext db, SubmissionEntity row, CancellationToken cancellationToken)
    {
        db.Submissions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return row.Id;
    }

    /// <summary>After rows were inserted with the ids they had elsewhere (a copy): the next id given follows them.</summary>
    public virtual Task AfterExplicitIdsAsync(ReportingDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Inserts a submission's rows, empty values and notes too, in the order read.</summary>
    /// <param name="wholeIsEstimate">The submission is an estimate as a whole: every row is stored as one.</param>
    protected virtual async Task InsertValuesAsync(ReportingDbContext db, long submissionId, IReadOnlyList<ParsedValue> values, bool wholeIsEstimate, CancellationToken cancellationToken)
    {
        db.SubmissionValues.AddRange(values.Select(v => new SubmissionValueEntity
        {
            SubmissionId = submissionId,
            IndicatorCode = v.IndicatorCode,
            Value = v.Value,
            Cell = v.Cell,
            Note = v.Note,
            IsEstimate = wholeIsEstimate || v.IsEstimate,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Inserts roll-ups (their period's and agency's old ones already deleted).</summary>
    public virtual async Task InsertRollupsAsync(ReportingDbContext db, IEnumerable<PeriodRollup> rollups, CancellationToken cancellationToken)
    {
        db.PeriodRollups.AddRange(rollups.Select(EntityOf));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The statement that makes version <c>@previous</c> no longer current.</summary>
    protected const string SupersedeSql = "UPDATE submissions SET is_current = FALSE WHERE id = @previous";

    /// <summary>
    /// What a store does last before its commit: the agency's roll-ups of <paramref name="periods"/> (stored text)
    /// replaced by <paramref name="rollups"/>, the audit entries that record the store appended, and the months of
    /// <paramref name="stored"/> recorded as changed (<see cref="DataVersionStore.RecordSubmissionAsync"/>). Last because
    /// on PostgreSQL the counter's row lock orders concurrent stores, held from here to the commit.
    /// </summary>
    public virtual async Task FinishStoreAsync(
        ReportingDbContext db,
        string agencyCode,
        PeriodId stored,
        IReadOnlyCollection<string> periods,
        IEnumerable<PeriodRollup> rollups,
        IReadOnlyList<AuditEntryEntity> auditEntries,
        CancellationToken cancellationToken)
    {
        await ReplaceRollupsAsync(db, agencyCode, periods, rollups, cancellationToken);
        var audit = new AuditLog(db);
        foreach (var entry in auditEntries)
        {
            await audit.AppendAsync(entry, cancellationToken);
        }

        await new DataVersionStore(db).RecordSubmissionAsync(agencyCode, stored, cancellationToken);
    }

    /// <summary>Replaces an agency's roll-ups of <paramref name="periods"/> (stored text) by <paramref name="rollups"/>.</summary>
    protected virtual async Task ReplaceRollupsAsync(
        ReportingDbContext db, string agencyCode, IReadOnlyCollection<string> periods, IEnumerable<PeriodRollup> rollups, CancellationToken cancellationToken)
    {
        await db.PeriodRollups.Where(r => r.AgencyCode == agencyCode && periods.Contains(r.Period)).ExecuteDeleteAsync(cancellationToken);
        await InsertRollupsAsync(db, rollups, cancellationToken);
    }

    /// <summary>
    /// The non-empty values of the submissions <paramref name="filter"/> selects: as stored when it asks
    /// (<see cref="ValueFilter.InOrderStored"/>), else in no order promised.
    /// </summary>
    /// <param name="withCells">Whether to read each value's cell (for traces and reports; summaries need none).</param>
    public virtual async Task<IReadOnlyList<ReportedValue>> ReadValuesAsync(ReportingDbContext db, ValueFilter filter, bool withCells, CancellationToken cancellationToken)
    {
        var rows = await (
                from s in Submissions(db, filter)
                join v in db.SubmissionValues.AsNoTracking() on s.Id equals v.SubmissionId
                where v.Value != null
                orderby s.Id, v.Id
                select new { s.Id, s.AgencyCode, s.Period, s.SourceFile, v.IndicatorCode, v.Value, Cell = withCells ? v.Cell : null, v.IsEstimate })
            .ToListAsync(cancellationToken);
        var shared = new SharedText();
        var periods = new Dictionary<string, PeriodId>(StringComparer.Ordinal);
        return rows.Select(r => new ReportedValue(
                r.Id,
                shared.Of(r.AgencyCode),
                shared.Of(r.IndicatorCode),
                periods.TryGetValue(r.Period, out var period) ? period : periods[r.Period] = PeriodId.Parse(r.Period),
                r.Value!.Value,
                r.Cell is null ? null : shared.Of(r.Cell),
                shared.Of(r.SourceFile),
                r.IsEstimate))
            .ToList();
    }

    /// <summary>As <see cref="ReadValuesAsync"/> with <paramref name="filter"/> narrowed to each agency in turn, cells included.</summary>
    public virtual async Task<IReadOnlyList<ReportedValue>> ReadValuesOfAgenciesAsync(
        ReportingDbContext db, IEnumerable<string> agencyCodes, ValueFilter filter, CancellationToken cancellationToken)
    {
        var values = new List<ReportedValue>();
        foreach (var agency in agencyCodes)
        {
            values.AddRange(await ReadValuesAsync(db, filter with { AgencyCode = agency }, true, cancellationToken));
        }

        return values;
    }

    /// <summary>
    /// The stored roll-ups of a quarter, half-year, nine months or year, read as they are used (one indicator's after
    /// another when <paramref name="byIndicator"/>), on the context's connection.
    /// </summary>
    public virtual IEnumerable<PeriodRollup> ReadRollups(ReportingDbContext db, PeriodId period, bool byIndicator, CancellationToken cancellationToken)
    {
        var text = period.ToString();
        var rows = db.PeriodRollups.AsNoTracking().Where(r => r.Period == text);
        if (byIndicator)
        {
            rows = rows.OrderBy(r => r.IndicatorCode);
        }

        var shared = new SharedText();
        foreach (var row in rows.AsEnumerable())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return RollupOf(row, period, shared);
        }
    }

    /// <summary>
    /// The stored roll-ups of a few agencies over a quarter, half-year, nine months or year, on the context's connection:
    /// through EF on every provider, as a handful of agencies is a short read by the table's key.
    /// </summary>
    public async Task<IReadOnlyList<PeriodRollup>> ReadRollupsOfAsync(ReportingDbContext db, PeriodId period, IReadOnlyCollection<string> agencyCodes, CancellationToken cancellationToken)
    {
        // Plain SQL, the same on both providers: asked once by `reporting summary` after a file, where compiling the
        // LINQ query cost 200 ms of a cold start for a read of one agency's rows.
        ArgumentNullException.ThrowIfNull(agencyCodes);
        if (agencyCodes.Count == 0)
        {
            return [];
        }

        return await PlainSql.RunAsync(db.Database, async command =>
        {
            var codes = agencyCodes.Select((code, i) => (Code: code, Name: "a" + i.ToString(CultureInfo.InvariantCulture))).ToList();
            command.CommandText = $"SELECT {RollupColumns} FROM period_rollups WHERE period = @period AND agency_code IN ({string.Join(", ", codes.Select(c => "@" + c.Name))})";
            PlainSql.AddParameter(command, "period", period.ToString());
            codes.ForEach(c => PlainSql.AddParameter(command, c.Name, c.Code));
            var read = new List<PeriodRollup>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read.Add(RollupOf(
                    reader.GetString(0), reader.GetString(1), period, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt32(4),
                    reader.GetInt64(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetBoolean(9)));
            }

            return read;
        }, cancellationToken);
    }

    private static PeriodRollup RollupOf(PeriodRollupEntity row, PeriodId period, SharedText shared) =>
        new(shared.Of(row.AgencyCode), shared.Of(row.IndicatorCode), period, row.Sum, row.Latest, YearMonth.FromIndex(row.LatestMonth), row.LatestSubmissionId, row.CoveredMonths, row.ValueCount, [], null)
        {
            EstimateCount = row.EstimateCount,
            LatestIsEstimate = row.LatestIsEstimate,
        };

    /// <summary>The columns a fast path reads a roll-up from, in the order <see cref="RollupOf"/> takes them.</summary>
    protected const string RollupColumns = "agency_code, indicator_code, " + RollupFigureColumns;

    /// <summary>The columns of <see cref="RollupColumns"/> after the two codes.</summary>
    protected const string RollupFigureColumns = "sum_micros, latest_micros, latest_month, latest_submission_id, covered_months, value_count, estimate_count, latest_is_estimate";

    /// <summary>A stored roll-up from its columns as <see cref="RollupColumns"/> lists them (figures as stored millionths).</summary>
    protected static PeriodRollup RollupOf(
        string agencyCode, string indicatorCode, PeriodId period, long sumMicros, long latestMicros, int latestMonth, long latestSubmissionId, int coveredMonths, int valueCount, int estimateCount, bool latestIsEstimate) =>
        new(agencyCode, indicatorCode, period, StoredFigure.FromMillionths(sumMicros), StoredFigure.FromMillionths(latestMicros), YearMonth.FromIndex(latestMonth), latestSubmissionId, coveredMonths, valueCount, [], null)
        {
            EstimateCount = estimateCount,
            LatestIsEstimate = latestIsEstimate,
        };

    protected static PeriodRollupEntity EntityOf(PeriodRollup rollup) => new()
    {
        Period = rollup.Period.ToString(),
        IndicatorCode = rollup.IndicatorCode,
        AgencyCode = rollup.AgencyCode,
        Sum = rollup.Sum,
        Latest = rollup.Latest,
        LatestMonth = rollup.LatestMonth.Index,
        LatestSubmissionId = rollup.LatestSubmissionId,
        CoveredMonths = rollup.CoveredMonths,
        ValueCount = rollup.ValueCount,
        EstimateCount = rollup.EstimateCount,
        LatestIsEstimate = rollup.LatestIsEstimate,
    };

    private static IQueryable<SubmissionEntity> Submissions(ReportingDbContext db, ValueFilter filter)
    {
        var submissions = db.Submissions.AsNoTracking();
        if (filter.CurrentOnly)
        {
            submissions = submissions.Where(s => s.IsCurrent);
        }

        if (filter.AgencyCode is { } agency)
        {
            submissions = submissions.Where(s => s.AgencyCode == agency);
        }

        if (filter.FromMonth is { } from)
        {
            submissions = submissions.Where(s => s.FirstMonth >= from);
        }

        if (filter.ToMonth is { } to)
        {
            submissions = submissions.Where(s => s.LastMonth <= to);
        }

        if (filter.SubmissionId is { } id)
        {
            submissions = submissions.Where(s => s.Id == id);
        }

        return submissions;
    }
}
