using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.FastPaths;

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

    private readonly EfStorage storage = EfStorage.For(db);

    /// <summary>Every agency's roll-up of every indicator over <paramref name="period"/>, from the current submissions.</summary>
    public Task<RollupSet> ReadAsync(PeriodId period, CancellationToken cancellationToken = default) => ReadAsync(db, period, cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync(PeriodId, CancellationToken)"/>, on a read-only connection of its own, so that another
    /// period can be read at the same time on the context's. Sees committed data only: inside a transaction it reads on
    /// the context's connection.
    /// </summary>
    public async Task<RollupSet> ReadOnOwnConnectionAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Only the transaction's connection sees its writes.
            return await ReadAsync(period, cancellationToken);
        }

        await using var own = ReportingDbContext.Open(db.Settings with { ReadOnly = true });
        return await ReadAsync(own, period, cancellationToken);
    }

    /// <summary>
    /// The roll-ups of <paramref name="agencyCodes"/> over <paramref name="period"/>, on a read-only connection of its
    /// own as <see cref="ReadOnOwnConnectionAsync"/>: to bring a period's roll-ups kept in memory up to date with the
    /// agencies that stored a submission since.
    /// </summary>
    public async Task<IReadOnlyList<PeriodRollup>> ReadOfAgenciesOnOwnConnectionAsync(PeriodId period, IReadOnlyCollection<string> agencyCodes, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await ReadOfAgenciesAsync(db, period, agencyCodes, cancellationToken);
        }

        await using var own = ReportingDbContext.Open(db.Settings with { ReadOnly = true });
        return await ReadOfAgenciesAsync(own, period, agencyCodes, cancellationToken);
    }

    private static async Task<IReadOnlyList<PeriodRollup>> ReadOfAgenciesAsync(ReportingDbContext on, PeriodId period, IReadOnlyCollection<string> agencyCodes, CancellationToken cancellationToken)
    {
        var read = EfStorage.For(on);
        if (period.Kind != PeriodKind.Month)
        {
            return await read.ReadRollupsOfAsync(on, period, agencyCodes, cancellationToken);
        }

        var rollups = new List<PeriodRollup>();
        foreach (var agency in agencyCodes)
        {
            var values = await read.ReadValuesAsync(on, new ValueFilter(AgencyCode: agency, FromMonth: period.FirstMonth.Index, ToMonth: period.LastMonth.Index), false, cancellationToken);
            rollups.AddRange(values.Select(v => PeriodRollup.Of(period, [v])));
        }

        return rollups;
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
            await using var own = ReportingDbContext.Open(db.Settings with { ReadOnly = true });
            await own.Database.OpenConnectionAsync(token);
            results[i] = use(periods[i], await ReadByIndicatorAsync(own, periods[i], token));
        });
        return results;
    }

    /// <summary>A month's values are its roll-ups; longer periods' are stored.</summary>
    private async Task<RollupSet> ReadAsync(ReportingDbContext on, PeriodId period, CancellationToken cancellationToken)
    {
        var read = EfStorage.For(on);
        if (period.Kind == PeriodKind.Month)
        {
            var values = await read.ReadValuesAsync(on, new ValueFilter(FromMonth: period.FirstMonth.Index, ToMonth: period.LastMonth.Index), false, cancellationToken);
            return new RollupSet(period, values.Select(v => PeriodRollup.Of(period, [v])));
        }

        await on.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return new RollupSet(period, read.ReadRollups(on, period, false, cancellationToken).ToList());
        }
        finally
        {
            if (on != db)
            {
                await on.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>A period's roll-ups one indicator at a time, each indicator's read only when the previous one is used.</summary>
    private async Task<IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)>> ReadByIndicatorAsync(
        ReportingDbContext on, PeriodId period, CancellationToken cancellationToken) =>
        period.Kind == PeriodKind.Month
            ? (await ReadAsync(on, period, cancellationToken)).ByIndicator
            : ByIndicator(storage.ReadRollups(on, period, true, cancellationToken));

    private static IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)> ByIndicator(IEnumerable<PeriodRollup> ordered)
    {
        var (code, byAgency) = (string.Empty, new Dictionary<string, PeriodRollup>(StringComparer.Ordinal));
        foreach (var rollup in ordered)
        {
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

    /// <summary>
    /// The stored periods containing <paramref name="submitted"/> (as stored text) and an agency's roll-ups of them from
    /// its current values of that year, <paramref name="currentOfYear"/>: what replaces its roll-ups of those periods
    /// when a submission for <paramref name="submitted"/> is stored.
    /// </summary>
    internal static (IReadOnlyCollection<string> Periods, IEnumerable<PeriodRollup> Rollups) Containing(PeriodId submitted, IReadOnlyList<ReportedValue> currentOfYear)
    {
        // Every period containing the submission lies inside its year.
        var periods = StoredPeriodsOf(submitted.Year).Where(p => p.Contains(submitted)).ToList();
        return (periods.Select(p => p.ToString()).ToList(), periods.SelectMany(p => RollupsOf(currentOfYear, p)));
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
    /// <remarks>Plain SQL: every open asks, and compiling the LINQ for it would cost a cold start about 100 ms.</remarks>
    public Task<bool> IsRebuildRequestedAsync(CancellationToken cancellationToken = default) =>
        PlainSql.ExistsAsync(db.Database, "SELECT EXISTS (SELECT 1 FROM pending_rollup_rebuild)", cancellationToken);

    /// <summary>
    /// Replaces every roll-up by one computed from the current submissions, agency by agency, in one transaction (for
    /// a database filled by other means than <see cref="SubmissionStore.SaveAsync"/>, or after a migration).
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PeriodRollups.ExecuteDeleteAsync(cancellationToken);
        await db.PendingRollupRebuilds.ExecuteDeleteAsync(cancellationToken);

        // Figures aggregated from the roll-ups being replaced (the stamp does not move: no submission changes).
        await db.StoredAggregates.ExecuteDeleteAsync(cancellationToken);
        var agencies = await db.Submissions.Where(s => s.IsCurrent).Select(s => s.AgencyCode).Distinct().ToListAsync(cancellationToken);
        foreach (var agency in agencies)
        {
            var values = await storage.ReadValuesAsync(db, new ValueFilter(AgencyCode: agency), false, cancellationToken);
            var years = values.Select(v => v.Period.Year).Distinct();
            await storage.InsertRollupsAsync(db, years.SelectMany(StoredPeriodsOf).SelectMany(p => RollupsOf(values, p)), cancellationToken);
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
}
