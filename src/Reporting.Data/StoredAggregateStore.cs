using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;

namespace Reporting.Data;

/// <summary>
/// Province figures of a period kept in table <c>stored_aggregates</c> between processes, with the carriers' shares they
/// add up from in <c>stored_shares</c>: `reporting summary` run again on unchanged data reads two rows instead of
/// 2 x 190,000 roll-ups at 5,000 agencies, and after a file of the period it reads the file's agency's roll-ups and
/// one bucket of shares, and changes the totals by the difference. A row is used as it is only while every write since
/// its stamp stored a submission of other months, reviewed a version, or issued or reopened a period (none of which moves
/// a figure of every current version); a submission of its months makes it updated, any other write (a catalog or
/// agency change) makes it aggregated again and replaced. Plain SQL: asked
/// once per command, where compiling LINQ would cost a cold start more than the read.
/// </summary>
public sealed class StoredAggregateStore(ReportingDbContext db)
{
    /// <summary>
    /// The figures kept of <paramref name="period"/> over agencies as they stood on <paramref name="structureDate"/>, with
    /// the agencies that stored a submission of its months since (none: the figures hold for the data at
    /// <paramref name="now"/>); null when nothing usable is kept (no row, another build's, or writes of other kinds since).
    /// </summary>
    public async Task<StoredAggregate?> FindAsync(PeriodId period, DateOnly structureDate, DataStamp now, CancellationToken cancellationToken = default)
    {
        var row = await PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT stamp_total, stamp_catalog, stamp_submissions, stamp_reviews, stamp_cycle, keep_id, figures FROM stored_aggregates WHERE period = @period AND structure_date = @date";
            PlainSql.AddParameter(command, "period", period.ToString());
            PlainSql.AddParameter(command, "date", structureDate);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? (Stamp: new DataStamp(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)), KeepId: reader.GetInt64(5), Figures: reader.GetString(6))
                : default;
        }, cancellationToken);
        if (row.Figures is null || await ChangedSinceAsync(row.Stamp, now, period, cancellationToken) is not { } changed
            || StoredFigures.Read(period, row.Figures) is not { } kept)
        {
            return null;
        }

        return changed.Count == 0 || kept.Totals is not null ? new StoredAggregate(kept.Aggregate, kept.Totals, row.KeepId, changed) : null;
    }

    /// <summary>
    /// The shares kept beside <paramref name="kept"/> of the buckets of <paramref name="carriers"/>, read in one
    /// statement with the row's keep id; null when another keep replaced or updated the row since it was found, or a
    /// bucket cannot be read.
    /// </summary>
    public async Task<KeptShares?> ReadSharesAsync(PeriodId period, DateOnly structureDate, StoredAggregate kept, IEnumerable<string> carriers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var buckets = carriers.Select(ShareBuckets.Of).Distinct().Order().ToList();
        return await PlainSql.RunAsync(db.Database, async command =>
        {
            // One statement, one snapshot: the row's keep id and the shares it is the sum of.
            command.CommandText = $"""
                SELECT a.keep_id, s.bucket, s.shares FROM stored_aggregates a
                LEFT JOIN stored_shares s ON s.period = a.period AND s.structure_date = a.structure_date AND s.bucket IN ({string.Join(", ", buckets)})
                WHERE a.period = @period AND a.structure_date = @date
                """;
            PlainSql.AddParameter(command, "period", period.ToString());
            PlainSql.AddParameter(command, "date", structureDate);
            var read = buckets.ToDictionary(b => b, _ => new List<CarrierShares>());
            var found = false;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found = true;
                if (reader.GetInt64(0) != kept.KeepId)
                {
                    return null;
                }

                if (!reader.IsDBNull(1))
                {
                    if (ShareBuckets.Read(reader.GetFieldValue<byte[]>(2)) is not { } shares)
                    {
                        return null;
                    }

                    read[reader.GetInt32(1)] = shares;
                }
            }

            return found ? new KeptShares(read) : null;
        }, cancellationToken);
    }

    /// <summary>
    /// Keeps <paramref name="aggregate"/>'s province figures, aggregated from data at <paramref name="stamp"/> (read
    /// before the roll-ups were), with the <paramref name="totals"/> of the carriers' <paramref name="shares"/> they were
    /// summed from (none for a month, whose figures a file makes aggregated again), replacing whatever the period kept
    /// for that structure date.
    /// </summary>
    /// <exception cref="DbException">Another process kept the period at the same moment (its keep stands), or the database cannot be written.</exception>
    public async Task KeepAsync(PeriodAggregate aggregate, ProvinceTotals? totals, IEnumerable<CarrierShares> shares, DateOnly structureDate, DataStamp stamp, IEnumerable<string> indicatorCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var period = aggregate.Period;

        // Written on every core: 190,000 shares at 5,000 agencies.
        var buckets = shares.GroupBy(s => ShareBuckets.Of(s.Carrier)).AsParallel().Select(g => (g.Key, ShareBuckets.Write(g.ToList()))).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The row first: a keep at the same moment waits on it, then fails on a bucket's key, and never mixes its shares with these.
        await ExecuteAsync("DELETE FROM stored_aggregates WHERE period = @period AND structure_date = @date", period, structureDate, cancellationToken);
        await ExecuteAsync("DELETE FROM stored_shares WHERE period = @period AND structure_date = @date", period, structureDate, cancellationToken);
        await WriteBucketsAsync(period, structureDate, buckets, cancellationToken);

        await PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = """
                INSERT INTO stored_aggregates (period, structure_date, stamp_total, stamp_catalog, stamp_submissions, stamp_reviews, stamp_cycle, keep_id, figures)
                VALUES (@period, @date, @total, @catalog, @submissions, @reviews, @cycle, @keep, @figures)
                """;
            AddRowParameters(command, period, structureDate, stamp, StoredFigures.Write(aggregate, totals, indicatorCodes));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces <paramref name="kept"/>'s row by <paramref name="aggregate"/> and <paramref name="totals"/>, brought up to
    /// the data at <paramref name="stamp"/>, and the buckets of <paramref name="shares"/> by theirs; only if the row is
    /// still as it was found, else nothing (another process kept the period since, from data at least as new).
    /// </summary>
    /// <returns>Whether the update was kept.</returns>
    public async Task<bool> UpdateAsync(StoredAggregate kept, PeriodAggregate aggregate, ProvinceTotals totals, KeptShares shares, DateOnly structureDate, DataStamp stamp, IEnumerable<string> indicatorCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(shares);
        var period = aggregate.Period;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The row first, on its keep id: a second update from the same row waits here, then finds it changed.
        var updated = await PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = """
                UPDATE stored_aggregates SET stamp_total = @total, stamp_catalog = @catalog, stamp_submissions = @submissions, stamp_reviews = @reviews, stamp_cycle = @cycle, keep_id = @keep, figures = @figures
                WHERE period = @period AND structure_date = @date AND keep_id = @found
                """;
            AddRowParameters(command, period, structureDate, stamp, StoredFigures.Write(aggregate, totals, indicatorCodes));
            PlainSql.AddParameter(command, "found", kept.KeepId);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        if (updated != 1)
        {
            return false;
        }

        var buckets = shares.Buckets.Select(b => (b.Bucket, ShareBuckets.Write(b.Carriers.Values.ToList()))).ToList();
        await ExecuteAsync($"DELETE FROM stored_shares WHERE period = @period AND structure_date = @date AND bucket IN ({string.Join(", ", buckets.Select(b => b.Bucket))})", period, structureDate, cancellationToken);
        await WriteBucketsAsync(period, structureDate, buckets, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Inserts the buckets in one statement: one round trip to a server, not 64.</summary>
    private Task WriteBucketsAsync(PeriodId period, DateOnly structureDate, IEnumerable<(int Bucket, byte[] Shares)> buckets, CancellationToken cancellationToken) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            var rows = new List<string>();
            foreach (var (bucket, shares) in buckets)
            {
                rows.Add($"(@period, @date, {bucket}, @s{bucket})");
                PlainSql.AddParameter(command, "s" + bucket, shares);
            }

            if (rows.Count == 0)
            {
                return 0;
            }

            command.CommandText = "INSERT INTO stored_shares (period, structure_date, bucket, shares) VALUES " + string.Join(", ", rows);
            PlainSql.AddParameter(command, "period", period.ToString());
            PlainSql.AddParameter(command, "date", structureDate);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private Task<int> ExecuteAsync(string sql, PeriodId period, DateOnly structureDate, CancellationToken cancellationToken) =>
        PlainSql.RunAsync(db.Database, command =>
        {
            command.CommandText = sql;
            PlainSql.AddParameter(command, "period", period.ToString());
            PlainSql.AddParameter(command, "date", structureDate);
            return command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static void AddRowParameters(DbCommand command, PeriodId period, DateOnly structureDate, DataStamp stamp, string figures)
    {
        PlainSql.AddParameter(command, "period", period.ToString());
        PlainSql.AddParameter(command, "date", structureDate);
        PlainSql.AddParameter(command, "total", stamp.Total);
        PlainSql.AddParameter(command, "catalog", stamp.Catalog);
        PlainSql.AddParameter(command, "submissions", stamp.Submissions);
        PlainSql.AddParameter(command, "reviews", stamp.Reviews);
        PlainSql.AddParameter(command, "cycle", stamp.Cycle);
        PlainSql.AddParameter(command, "keep", BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)));
        PlainSql.AddParameter(command, "figures", figures);
    }

    /// <summary>
    /// The agencies that stored a submission of <paramref name="period"/>'s months from <paramref name="then"/> to
    /// <paramref name="now"/>; null when some write since was of another kind (a catalog or agency change) or left no record.
    /// </summary>
    private async Task<IReadOnlySet<string>?> ChangedSinceAsync(DataStamp then, DataStamp now, PeriodId period, CancellationToken cancellationToken)
    {
        if (then == now)
        {
            return new HashSet<string>();
        }

        if (!now.OnlySubmissionsOrCycleSince(then))
        {
            return null;
        }

        var changes = await new DataVersionStore(db).ChangesAsync(then.Submissions, now.Submissions, cancellationToken);
        return changes?.Where(c => c.Touches(period.FirstMonth, period.LastMonth)).Select(c => c.AgencyCode).ToHashSet(StringComparer.Ordinal);
    }
}
