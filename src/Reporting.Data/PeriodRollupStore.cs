using Microsoft.EntityFrameworkCore;
using System.Data.Common;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Configurations;

namespace Reporting.Data;

/// <summary>
/// Keeps each agency's roll-up of each indicator over every quarter, half-year, nine months and year in table
/// <c>period_rollups</c>, refreshed in the transaction that stores a submission: a figure asked for right after an
/// import includes it, and a rejected or rolled-back file changes none. A month needs no stored roll-up: its values
/// are its roll-ups, read as they are.
/// </summary>
public sealed class PeriodRollupStore(ReportingDbContext db)
{
    private static readonly PeriodKind[] StoredKinds = [PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.NineMonths, PeriodKind.Year];

    /// <summary>Every agency's roll-up of every indicator over <paramref name="period"/>, from the current submissions.</summary>
    public async Task<RollupSet> ReadAsync(PeriodId period, CancellationToken cancellationToken = default) =>
        Read((Microsoft.Data.Sqlite.SqliteConnection)await ValueRows.OpenAsync(db, cancellationToken), period, cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync"/>, on a read-only connection of its own, so that another period can be read at the same
    /// time on the context's. Sees committed data only: inside a transaction it reads on the context's connection.
    /// </summary>
    public async Task<RollupSet> ReadOnOwnConnectionAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Only the transaction's connection sees its writes.
            return await ReadAsync(period, cancellationToken);
        }

        await using var connection = await OpenReadOnlyAsync(cancellationToken);
        return Read(connection, period, cancellationToken);
    }

    /// <summary>
    /// Reads periods on connections of their own, <paramref name="atOnce"/> at a time, and hands each to
    /// <paramref name="use"/> on the thread that reads it, one indicator's roll-ups after the other (read in indicator
    /// order as <paramref name="use"/> goes through them): for trends, whose periods are independent and need only
    /// province figures. Not for use inside a transaction, which only the context's connection sees.
    /// </summary>
    /// <param name="atOnce">How many periods are read at the same time.</param>
    /// <returns>What <paramref name="use"/> made of each period, in the order of <paramref name="periods"/>.</returns>
    public async Task<IReadOnlyList<T>> ReadEachByIndicatorAsync<T>(
        IReadOnlyList<PeriodId> periods, Func<PeriodId, IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)>, T> use, int atOnce, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Periods are read on connections of their own, which cannot see an open transaction");
        }

        var results = new T[periods.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = atOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, periods.Count), options, async (i, token) =>
        {
            await using var connection = await OpenReadOnlyAsync(token);
            results[i] = use(periods[i], ReadByIndicator(connection, periods[i], token));
        });
        return results;
    }

    private Task<Microsoft.Data.Sqlite.SqliteConnection> OpenReadOnlyAsync(CancellationToken cancellationToken) =>
        Opening.SqliteConnections.OpenAsync(db.Settings with { ReadOnly = true }, cancellationToken);

    /// <summary>A month's values are its roll-ups; longer periods' are stored.</summary>
    private static RollupSet Read(Microsoft.Data.Sqlite.SqliteConnection connection, PeriodId period, CancellationToken cancellationToken)
    {
        if (period.Kind == PeriodKind.Month)
        {
            var values = ValueRows.Read(connection, "s.is_current = 1 AND s.first_month = $m AND s.last_month = $m", false, cancellationToken, ("$m", period.FirstMonth.Index));
            return new RollupSet(period, values.Select(v => PeriodRollup.Of(period, [v])));
        }

        return ReadRollups(connection, period, cancellationToken);
    }

    private const string RollupsOfPeriod = """
        SELECT agency_code, indicator_code, sum_micros, latest_micros, latest_month, latest_submission_id, covered_months, value_count
        FROM period_rollups WHERE period = ?1
        """;

    private static RollupSet ReadRollups(Microsoft.Data.Sqlite.SqliteConnection connection, PeriodId period, CancellationToken cancellationToken)
    {
        var shared = new ValueRows.SharedText();
        var rollups = new List<PeriodRollup>();
        using var query = PreparedQuery.Create(connection, RollupsOfPeriod).Bind(1, period.ToString());
        while (query.Next(cancellationToken))
        {
            rollups.Add(RollupOf(query, period, shared));
        }

        return new RollupSet(period, rollups);
    }

    /// <summary>A period's roll-ups one indicator at a time, each indicator's read only when the previous one is used.</summary>
    private static IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)> ReadByIndicator(
        Microsoft.Data.Sqlite.SqliteConnection connection, PeriodId period, CancellationToken cancellationToken)
    {
        if (period.Kind == PeriodKind.Month)
        {
            foreach (var indicator in Read(connection, period, cancellationToken).ByIndicator)
            {
                yield return indicator;
            }

            yield break;
        }

        var shared = new ValueRows.SharedText();
        using var query = PreparedQuery.Create(connection, RollupsOfPeriod + " ORDER BY indicator_code").Bind(1, period.ToString());
        var (code, byAgency) = (string.Empty, new Dictionary<string, PeriodRollup>(StringComparer.Ordinal));
        while (query.Next(cancellationToken))
        {
            var rollup = RollupOf(query, period, shared);
            if (!string.Equals(rollup.IndicatorCode, code, StringComparison.Ordinal))
            {
                if (byAgency.Count > 0)
                {
                    yield return (code, byAgency);
                }

                (code, byAgency) = (rollup.IndicatorCode, new Dictionary<string, PeriodRollup>(byAgency.Count, StringComparer.Ordinal));
            }

            byAgency.Add(rollup.AgencyCode, rollup);
        }

        if (byAgency.Count > 0)
        {
            yield return (code, byAgency);
        }
    }

    private static PeriodRollup RollupOf(PreparedQuery query, PeriodId period, ValueRows.SharedText shared) => new(
        query.Text(0, shared),
        query.Text(1, shared),
        period,
        SubmissionValueEntityTypeConfiguration.FromMicros(query.Int64(2)),
        SubmissionValueEntityTypeConfiguration.FromMicros(query.Int64(3)),
        YearMonth.FromIndex(query.Int32(4)),
        query.Int64(5),
        query.Int32(6),
        query.Int32(7),
        [],
        null);

    /// <summary>
    /// Recomputes the agency's roll-ups of every stored period containing <paramref name="submitted"/> from its current
    /// values; called inside the transaction that stores or supersedes a submission for that period.
    /// </summary>
    public async Task RefreshAsync(string agencyCode, PeriodId submitted, CancellationToken cancellationToken = default)
    {
        // Every period containing the submission lies inside its year, so one read serves them all.
        var year = new PeriodId(PeriodKind.Year, submitted.Year, 1);
        var values = await CurrentValuesAsync(agencyCode, year, cancellationToken);
        var periods = StoredPeriodsOf(submitted.Year).Where(p => p.Contains(submitted)).ToList();
        await using (var delete = await ValueRows.CommandAsync(db, "DELETE FROM period_rollups WHERE period = $p AND agency_code = $a", cancellationToken))
        {
            var (agency, period) = (ValueRows.AddParameter(delete, "$a"), ValueRows.AddParameter(delete, "$p"));
            foreach (var p in periods)
            {
                (agency.Value, period.Value) = (agencyCode, p.ToString());
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await InsertAsync(periods.SelectMany(p => RollupsOf(values, p)), cancellationToken);
    }

    /// <summary>
    /// Rebuilds every roll-up from the current submissions when a migration asked for it (the table was added to a
    /// database that already held submissions), in one transaction with clearing the request.
    /// </summary>
    public async Task RebuildIfRequestedAsync(CancellationToken cancellationToken = default)
    {
        if (await IsRebuildRequestedAsync(cancellationToken))
        {
            await RebuildAsync(cancellationToken);
        }
    }

    /// <summary>Whether a migration asked for the roll-ups to be rebuilt and they have not been yet.</summary>
    public async Task<bool> IsRebuildRequestedAsync(CancellationToken cancellationToken = default)
    {
        await using var pending = await ValueRows.CommandAsync(db, "SELECT COUNT(*) FROM pending_rollup_rebuild", cancellationToken);
        return Convert.ToInt64(await pending.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>
    /// Replaces every roll-up by one computed from the current submissions, agency by agency, in one transaction (for
    /// a database filled by other means than <see cref="SubmissionStore.SaveAsync"/>, or after a migration).
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var clear = await ValueRows.CommandAsync(db, "DELETE FROM period_rollups; DELETE FROM pending_rollup_rebuild;", cancellationToken))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        var agencies = new List<string>();
        await using (var list = await ValueRows.CommandAsync(db, "SELECT DISTINCT agency_code FROM submissions WHERE is_current = 1", cancellationToken))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                agencies.Add(reader.GetString(0));
            }
        }

        foreach (var agency in agencies)
        {
            var values = await ValueRows.ReadAsync(db, "s.is_current = 1 AND s.agency_code = $a", false, cancellationToken, ("$a", agency));
            var years = values.Select(v => v.Period.Year).Distinct();
            await InsertAsync(years.SelectMany(StoredPeriodsOf).SelectMany(p => RollupsOf(values, p)), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static IEnumerable<PeriodId> StoredPeriodsOf(int year) =>
        StoredKinds.SelectMany(kind => Enumerable.Range(1, kind switch { PeriodKind.Quarter => 4, PeriodKind.HalfYear => 2, _ => 1 })
            .Select(index => new PeriodId(kind, year, index)));

    /// <summary>One roll-up per indicator with values inside <paramref name="period"/>, by the one rule in Core.</summary>
    private static IEnumerable<PeriodRollup> RollupsOf(IReadOnlyList<ReportedValue> agencyValues, PeriodId period) =>
        agencyValues.Where(v => period.Contains(v.Period))
            .GroupBy(v => v.IndicatorCode, StringComparer.Ordinal)
            .Select(g => PeriodRollup.Of(period, g.ToList()));

    private Task<IReadOnlyList<ReportedValue>> CurrentValuesAsync(string agencyCode, PeriodId within, CancellationToken cancellationToken) =>
        ValueRows.ReadAsync(
            db,
            "s.is_current = 1 AND s.agency_code = $a AND s.first_month >= $from AND s.last_month <= $to",
            false,
            cancellationToken,
            ("$a", agencyCode),
            ("$from", within.FirstMonth.Index),
            ("$to", within.LastMonth.Index));

    private async Task InsertAsync(IEnumerable<PeriodRollup> rollups, CancellationToken cancellationToken)
    {
        using var insert = await PreparedInsert.CreateAsync(db, """
            INSERT INTO period_rollups (period, indicator_code, agency_code, sum_micros, latest_micros, latest_month, latest_submission_id, covered_months, value_count)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """, cancellationToken);
        foreach (var rollup in rollups)
        {
            insert.Bind(1, rollup.Period.ToString())
                .Bind(2, rollup.IndicatorCode)
                .Bind(3, rollup.AgencyCode)
                .Bind(4, (long)(rollup.Sum * SubmissionValueEntityTypeConfiguration.Scale))
                .Bind(5, (long)(rollup.Latest * SubmissionValueEntityTypeConfiguration.Scale))
                .Bind(6, rollup.LatestMonth.Index)
                .Bind(7, rollup.LatestSubmissionId)
                .Bind(8, rollup.CoveredMonths)
                .Bind(9, rollup.ValueCount)
                .Run();
        }
    }
}
