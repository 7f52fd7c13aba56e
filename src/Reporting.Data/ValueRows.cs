using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Configurations;

namespace Reporting.Data;

/// <summary>
/// Reads stored values through SQLite's own API (<see cref="PreparedQuery"/>): aggregation and roll-up upkeep read many
/// rows, and materialising entities would dominate. Reads and commands on the context's connection join its transaction
/// when there is one.
/// </summary>
internal static class ValueRows
{
    /// <summary>Values (non-empty) of the submissions matching <paramref name="where"/> (SQL over <c>s</c> and <c>v</c>).</summary>
    /// <param name="withCells">Whether to read each value's cell (for traces and reports; summaries need none).</param>
    public static async Task<IReadOnlyList<ReportedValue>> ReadAsync(
        ReportingDbContext db, string where, bool withCells, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        Read((SqliteConnection)await OpenAsync(db, cancellationToken), where, withCells, cancellationToken, parameters);

    /// <summary>As <see cref="ReadAsync"/>, on a connection of the caller's (one of its own).</summary>
    public static IReadOnlyList<ReportedValue> Read(
        SqliteConnection connection, string where, bool withCells, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var query = Prepare(connection, where, withCells, parameters);
        var values = new List<ReportedValue>();
        new Reading().Add(query, values, cancellationToken);
        return values;
    }

    /// <summary>
    /// As <see cref="ReadAsync"/>, once for each value of the parameter <paramref name="name"/> (say, each agency in
    /// turn), with one prepared statement: hundreds of small reads without hundreds of statements compiled.
    /// </summary>
    public static async Task<IReadOnlyList<ReportedValue>> ReadEachAsync(
        ReportingDbContext db, string where, bool withCells, string name, IEnumerable<object> each, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var query = Prepare((SqliteConnection)await OpenAsync(db, cancellationToken), where, withCells, parameters);
        var (values, reading) = (new List<ReportedValue>(), new Reading());
        foreach (var value in each)
        {
            query.Reset();
            query.Bind(name, value);
            reading.Add(query, values, cancellationToken);
        }

        return values;
    }

    private static PreparedQuery Prepare(SqliteConnection connection, string where, bool withCells, (string Name, object Value)[] parameters)
    {
        var query = PreparedQuery.Create(connection, $"""
            SELECT s.id, s.agency_code, s.period, v.indicator_code, v.value_micros, {(withCells ? "v.cell" : "NULL")}, s.source_file
            FROM submissions s JOIN submission_values v ON v.submission_id = s.id
            WHERE v.value_micros IS NOT NULL AND {where}
            """);
        foreach (var (name, value) in parameters)
        {
            query.Bind(name, value);
        }

        return query;
    }

    /// <summary>
    /// Turns rows into values. A value's agency, period and file belong to its submission, and codes and cells repeat:
    /// each is read once and the strings shared, so millions of values do not carry millions of copies.
    /// </summary>
    private sealed class Reading
    {
        private readonly Dictionary<long, (string Agency, PeriodId Period, string File)> submissions = [];
        private readonly SharedText shared = new();

        public void Add(PreparedQuery query, List<ReportedValue> values, CancellationToken cancellationToken)
        {
            while (query.Next(cancellationToken))
            {
                var id = query.Int64(0);
                if (!submissions.TryGetValue(id, out var submission))
                {
                    submission = submissions[id] = (query.Text(1, shared), PeriodId.Parse(query.Text(2, shared)), query.Text(6, shared));
                }

                values.Add(new ReportedValue(
                    id,
                    submission.Agency,
                    query.Text(3, shared),
                    submission.Period,
                    SubmissionValueEntityTypeConfiguration.FromMicros(query.Int64(4)),
                    query.IsNull(5) ? null : query.Text(5, shared),
                    submission.File));
            }
        }
    }

    /// <summary>A command on the context's open connection, in its current transaction, with parameters set.</summary>
    public static async Task<DbCommand> CommandAsync(ReportingDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var command = (await OpenAsync(db, cancellationToken)).CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name).Value = value;
        }

        return command;
    }

    /// <summary>The context's connection, opened if it is not yet.</summary>
    public static async Task<DbConnection> OpenAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        return connection;
    }

    public static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>One string instance per distinct text read.</summary>
    public sealed class SharedText
    {
        private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

        public string Of(string text) => texts.TryGetValue(text, out var existing) ? existing : texts[text] = text;

        /// <summary>The string for UTF-8 <paramref name="utf8"/>, looked up without allocating one when it was seen before.</summary>
        public string Of(ReadOnlySpan<byte> utf8)
        {
            // Codes and periods are short; a longer text takes the allocating way.
            Span<char> chars = stackalloc char[256];
            if (utf8.Length > chars.Length)
            {
                return Of(System.Text.Encoding.UTF8.GetString(utf8));
            }

            var length = System.Text.Encoding.UTF8.GetChars(utf8, chars);
            var lookup = texts.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars[..length], out var existing))
            {
                return existing;
            }

            var text = new string(chars[..length]);
            texts[text] = text;
            return text;
        }
    }
}
