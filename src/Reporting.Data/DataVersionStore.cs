using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Core.Periods;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>
/// Raises a <c>data_versions</c> counter inside the transaction of a write, and reads the stamp of them all.
/// </summary>
/// <remarks>
/// One row per kind of write rather than the largest submission id: on PostgreSQL ids are handed out before commit, so
/// a later id can be committed first and "largest id" would not move when the earlier one lands; two transactions
/// raising one row are ordered by its row lock, so a reader never sees a stamp without the writes it counts. Plain
/// SQL, same on both providers: it runs on every request and every store, where compiling LINQ would cost more.
/// </remarks>
public sealed class DataVersionStore(ReportingDbContext db)
{
    /// <summary>Raises <paramref name="name"/> (a <see cref="DataVersion"/> constant) in the current transaction, if any.</summary>
    public async Task RaiseAsync(string name, CancellationToken cancellationToken = default)
    {
        var sql = name switch
        {
            DataVersion.Submissions => "UPDATE data_versions SET version = version + 1 WHERE name = 'submissions'",
            DataVersion.Catalog => "UPDATE data_versions SET version = version + 1 WHERE name = 'catalog'",
            DataVersion.Cycle => "UPDATE data_versions SET version = version + 1 WHERE name = 'cycle'",
            DataVersion.Reviews => "UPDATE data_versions SET version = version + 1 WHERE name = 'reviews'",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a data_versions counter"),
        };
        if (await db.Database.ExecuteSqlRawAsync(sql, cancellationToken) != 1)
        {
            // The migration seeds every counter: a missing one would leave figures stale for ever.
            throw new InvalidOperationException($"data_versions has no row '{name}': the database was not made by its migrations");
        }
    }

    /// <summary>
    /// Raises the submissions counter for a stored version of <paramref name="agencyCode"/>'s <paramref name="period"/>
    /// and records which months it changed (<c>data_changes</c>), in the current transaction.
    /// </summary>
    public async Task RecordSubmissionAsync(string agencyCode, PeriodId period, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        // Two statements in one command; the insert reads the counter this transaction raised.
        command.CommandText = RaiseSubmissionsSql + ";" + RecordChangeSql;
        PlainSql.AddParameter(command, "agency", agencyCode);
        PlainSql.AddParameter(command, "first", period.FirstMonth.Index);
        PlainSql.AddParameter(command, "last", period.LastMonth.Index);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 2)
        {
            throw NoSubmissionsCounter();
        }
    }

    /// <summary>Raises the submissions counter (<see cref="RecordSubmissionAsync"/>'s first statement).</summary>
    internal const string RaiseSubmissionsSql = "UPDATE data_versions SET version = version + 1 WHERE name = 'submissions'";

    /// <summary>Records the months <c>@first</c> to <c>@last</c> of agency <c>@agency</c> as changed at the counter just raised.</summary>
    internal const string RecordChangeSql = """
        INSERT INTO data_changes (version, agency_code, first_month, last_month)
        SELECT version, @agency, @first, @last FROM data_versions WHERE name = 'submissions'
        """;

    /// <summary>What a record of a stored submission that changed no counter row means.</summary>
    internal static InvalidOperationException NoSubmissionsCounter() =>
        new("data_versions has no row 'submissions': the database was not made by its migrations");

    /// <summary>
    /// The months changed by the submissions counter's raises after <paramref name="after"/> up to <paramref name="upTo"/>;
    /// null when some raise left no record (a write of another kind, or of an earlier release): then anything may have changed.
    /// </summary>
    /// <remarks>Plain SQL, as <see cref="ReadAsync"/>: asked on most requests and by every command that finds a figure kept.</remarks>
    public async Task<IReadOnlyList<DataChange>?> ChangesAsync(long after, long upTo, CancellationToken cancellationToken = default)
    {
        if (upTo <= after)
        {
            return [];
        }

        var changes = await PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT version, agency_code, first_month, last_month FROM data_changes WHERE version > @after AND version <= @upTo";
            PlainSql.AddParameter(command, "after", after);
            PlainSql.AddParameter(command, "upTo", upTo);
            var read = new List<DataChange>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read.Add(new DataChange { Version = reader.GetInt64(0), AgencyCode = reader.GetString(1), FirstMonth = reader.GetInt32(2), LastMonth = reader.GetInt32(3) });
            }

            return read;
        }, cancellationToken);
        return changes.Count == upTo - after ? changes : null;
    }

    /// <summary>The stamp of the committed data (and of the current transaction's own writes, inside one).</summary>
    public Task<DataStamp> ReadAsync(CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT name, version FROM data_versions";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var (total, catalog, submissions, reviews, cycle) = (0L, 0L, 0L, 0L, 0L);
            while (await reader.ReadAsync(cancellationToken))
            {
                var version = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                total += version;
                catalog = reader.GetString(0) == DataVersion.Catalog ? version : catalog;
                submissions = reader.GetString(0) == DataVersion.Submissions ? version : submissions;
                reviews = reader.GetString(0) == DataVersion.Reviews ? version : reviews;
                cycle = reader.GetString(0) == DataVersion.Cycle ? version : cycle;
            }

            return new DataStamp(total, catalog, submissions, reviews, cycle);
        }, cancellationToken);
}
