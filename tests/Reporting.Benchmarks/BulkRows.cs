using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Reporting.Testing;

namespace Reporting.Benchmarks;

/// <summary>
/// Writes the big database's submissions and values as fast as each provider takes rows: SQLite through prepared
/// INSERTs in one transaction (synchronous off), PostgreSQL through two binary COPYs side by side (submissions and
/// values on connections of their own, foreign-key triggers off for the fill), ids as given.
/// </summary>
internal abstract class BulkRows : IAsyncDisposable
{
    public sealed record Submission(long Id, string Agency, string Period, int FirstMonth, int LastMonth, string File, string Sha256, DateTimeOffset ReceivedAt, int ValueCount);

    public static async Task<BulkRows> OpenAsync(BenchmarkDatabase database) => database.Provider == StorageProvider.Sqlite
        ? await SqliteRows.StartAsync(database)
        : await PostgresRows.StartAsync(database);

    public abstract Task AddSubmissionAsync(Submission submission);

    public abstract Task AddValueAsync(long submissionId, string indicator, long micros, string cell);

    /// <summary>Commits every row; rows not completed are rolled back on dispose.</summary>
    public abstract Task CompleteAsync();

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteRows(SqliteConnection connection, SqliteTransaction transaction, SqliteCommand submission, SqliteCommand value) : BulkRows
    {
        public static async Task<BulkRows> StartAsync(BenchmarkDatabase database)
        {
            var connection = (SqliteConnection)database.Open();
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=OFF;";
                await pragma.ExecuteNonQueryAsync();
            }

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            return new SqliteRows(
                connection,
                transaction,
                Command(connection, transaction,
                    "INSERT INTO submissions (id, agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current, value_count) "
                    + "VALUES ($id, $agency, $period, $first, $last, 1, $file, $sha, $received, 1, $count)",
                    "$id", "$agency", "$period", "$first", "$last", "$file", "$sha", "$received", "$count"),
                Command(connection, transaction,
                    "INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell) VALUES ($submission, $indicator, $micros, $cell)",
                    "$submission", "$indicator", "$micros", "$cell"));
        }

        public override Task AddSubmissionAsync(Submission s)
        {
            Set(submission, s.Id, s.Agency, s.Period, s.FirstMonth, s.LastMonth, s.File, s.Sha256,
                s.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), s.ValueCount);
            return submission.ExecuteNonQueryAsync();
        }

        public override Task AddValueAsync(long submissionId, string indicator, long micros, string cell)
        {
            Set(value, submissionId, indicator, micros, cell);
            return value.ExecuteNonQueryAsync();
        }

        public override Task CompleteAsync() => transaction.CommitAsync();

        public override async ValueTask DisposeAsync()
        {
            await submission.DisposeAsync();
            await value.DisposeAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }

        private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            return command;
        }

        private static void Set(SqliteCommand command, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }
        }
    }

    private sealed class PostgresRows(
        NpgsqlConnection submissionsConnection, NpgsqlBinaryImporter submissions, NpgsqlConnection valuesConnection, NpgsqlBinaryImporter values) : BulkRows
    {
        private bool completed;

        public static async Task<BulkRows> StartAsync(BenchmarkDatabase database)
        {
            var submissionsConnection = (NpgsqlConnection)database.Open();
            var valuesConnection = (NpgsqlConnection)database.Open();

            // The values arrive before their submission's COPY is committed: the fill checks no foreign key (superuser).
            await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", valuesConnection))
            {
                await replica.ExecuteNonQueryAsync();
            }

            var submissions = await submissionsConnection.BeginBinaryImportAsync(
                "COPY submissions (id, agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current, uploaded_on_behalf, value_count) FROM STDIN (FORMAT BINARY)");
            var values = await valuesConnection.BeginBinaryImportAsync(
                "COPY submission_values (submission_id, indicator_code, value_micros, cell) FROM STDIN (FORMAT BINARY)");
            return new PostgresRows(submissionsConnection, submissions, valuesConnection, values);
        }

        public override async Task AddSubmissionAsync(Submission s)
        {
            await submissions.StartRowAsync();
            await submissions.WriteAsync(s.Id, NpgsqlDbType.Bigint);
            await submissions.WriteAsync(s.Agency, NpgsqlDbType.Varchar);
            await submissions.WriteAsync(s.Period, NpgsqlDbType.Varchar);
            await submissions.WriteAsync(s.FirstMonth, NpgsqlDbType.Integer);
            await submissions.WriteAsync(s.LastMonth, NpgsqlDbType.Integer);
            await submissions.WriteAsync(1, NpgsqlDbType.Integer);
            await submissions.WriteAsync(s.File, NpgsqlDbType.Text);
            await submissions.WriteAsync(s.Sha256, NpgsqlDbType.Varchar);
            await submissions.WriteAsync(s.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await submissions.WriteAsync(true, NpgsqlDbType.Boolean);
            await submissions.WriteAsync(false, NpgsqlDbType.Boolean);
            await submissions.WriteAsync(s.ValueCount, NpgsqlDbType.Integer);
        }

        public override async Task AddValueAsync(long submissionId, string indicator, long micros, string cell)
        {
            await values.StartRowAsync();
            await values.WriteAsync(submissionId, NpgsqlDbType.Bigint);
            await values.WriteAsync(indicator, NpgsqlDbType.Varchar);
            await values.WriteAsync(micros, NpgsqlDbType.Bigint);
            await values.WriteAsync(cell, NpgsqlDbType.Text);
        }

        public override async Task CompleteAsync()
        {
            await submissions.CompleteAsync();
            await submissions.DisposeAsync();
            await values.CompleteAsync();
            await values.DisposeAsync();
            completed = true;

            // Ids were given: the identity continues after them, as it would after imports.
            await using var sequence = new NpgsqlCommand(
                "SELECT setval(pg_get_serial_sequence('submissions', 'id'), (SELECT max(id) FROM submissions)); ANALYZE submissions; ANALYZE submission_values;", submissionsConnection);
            await sequence.ExecuteNonQueryAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            if (!completed)
            {
                await submissions.DisposeAsync();
                await values.DisposeAsync();
            }

            await submissionsConnection.DisposeAsync();
            await valuesConnection.DisposeAsync();
        }
    }
}
