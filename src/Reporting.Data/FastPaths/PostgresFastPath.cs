using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Entities;

namespace Reporting.Data.FastPaths;

/// <summary>
/// PostgreSQL's fast path, the one place that reaches PostgreSQL past EF Core, on the context's connection and inside
/// its transaction. What a stored file does is counted in round trips, each of which costs a wake-up of both processes:
/// three a file, and the commit. The agency's lock goes with the read of its versions and all its current values (the
/// year's make its roll-ups, the earlier ones its history warnings; prepared, <see cref="PrepareRepeatedAsync"/>); its row goes with its values in one statement, after the previous
/// version's un-marking; its roll-ups' delete and insert (arrays unnested, not COPY, whose start and data are two
/// round trips), audit entries and change record in one batch (<see cref="FinishStoreAsync"/>). Values are read with
/// Npgsql's reader by position. A whole table's roll-ups (a rebuild, a copy) go by binary COPY. Measured (1,000 files of
/// 38 values into a fresh database): 6.0-7.1 s to import at 11 round trips a file, 8.4-10.7 s with COPY and EF's
/// inserts, queries and savepoints (about 21); on another day at six and the commit 5.9-6.6 s, at three, two prepared, 4.1-4.7 s
/// (see the README). A period's roll-ups are read by position too (see <see cref="ReadRollups"/>), and the values a
/// report traces in one statement (<see cref="ReadValuesOfAgenciesAsync"/>).
/// </summary>
internal sealed class PostgresFastPath : EfStorage
{
    /// <summary>An identity column's sequence does not see explicit ids: it is moved past the largest.</summary>
    public override async Task AfterExplicitIdsAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            SELECT setval(pg_get_serial_sequence('submissions', 'id'), COALESCE((SELECT MAX(id) FROM submissions), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('submission_values', 'id'), COALESCE((SELECT MAX(id) FROM submission_values), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('submission_reviews', 'id'), COALESCE((SELECT MAX(id) FROM submission_reviews), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('review_comments', 'id'), COALESCE((SELECT MAX(id) FROM review_comments), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('issued_reports', 'id'), COALESCE((SELECT MAX(id) FROM issued_reports), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('period_locks', 'id'), COALESCE((SELECT MAX(id) FROM period_locks), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('audit_entries', 'id'), COALESCE((SELECT MAX(id) FROM audit_entries), 0) + 1, false);
            """,
            cancellationToken);
    }

    /// <summary>
    /// Transaction-scoped advisory locks (released by commit or rollback, also when the process dies), two int keys each,
    /// spaces of their own apart from the single-key upgrade lock: the agency's ("Stor"), found by two imports of one
    /// agency's months at once, where the second died on the roll-ups' unique key; and the year's shared ("Stos"), which
    /// an issue of one of its periods takes alone (<see cref="IssueLockSql"/>).
    /// </summary>
    public override string StoreLockSql => "SELECT pg_advisory_xact_lock(1400139634, hashtext(@agency)), pg_advisory_xact_lock_shared(1400139635, @year);";

    public override string IssueLockSql => "SELECT pg_advisory_xact_lock(1400139635, @year)";

    /// <summary>
    /// Parsed and planned once per connection, then only bound and run: the store's first read measured 0.55-0.84 ms a
    /// file unprepared and 0.36-0.43 prepared, its insert 0.9-1.3 and 0.75-0.87 (1,000 files, alternated).
    /// </summary>
    public override Task PrepareRepeatedAsync(DbCommand command, CancellationToken cancellationToken) => command.PrepareAsync(cancellationToken);

    /// <summary>
    /// The row and its rows in one statement, one round trip: the row's INSERT ... RETURNING feeds an INSERT over arrays
    /// in the order read (<c>WITH ORDINALITY</c>). Through EF each store was a change-tracked SaveChanges with a savepoint
    /// around it, then the values by COPY, whose start and data are two round trips more.
    /// </summary>
    public override async Task<long> InsertVersionAsync(
        ReportingDbContext db, SubmissionEntity row, IReadOnlyList<ParsedValue> values, bool wholeIsEstimate, long? supersedes, CancellationToken cancellationToken)
    {
        // The version superseded stops being current in the same round trip, first.
        await using var insert = await CommandAsync(
            db,
            (supersedes is null ? string.Empty : SupersedeSql + ";\n") + """
            WITH version AS (
                INSERT INTO submissions (agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current, uploaded_by, uploaded_on_behalf, value_count, is_estimate, estimate_count)
                VALUES (@agency, @period, @first, @last, @version, @file, @sha, @received, @current, @by, @behalf, @count, @estimate, @estimates)
                RETURNING id),
            stored AS (
                INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell, note, is_estimate)
                SELECT version.id, code, micros, cell, note, estimated
                FROM version, unnest(@codes, @micros, @cells, @notes, @estimated) WITH ORDINALITY AS row (code, micros, cell, note, estimated, position)
                ORDER BY position)
            SELECT id FROM version
            """,
            cancellationToken);
        var parameters = insert.Parameters;
        parameters.AddWithValue("agency", NpgsqlDbType.Varchar, row.AgencyCode);
        parameters.AddWithValue("period", NpgsqlDbType.Varchar, row.Period);
        parameters.AddWithValue("first", NpgsqlDbType.Integer, row.FirstMonth);
        parameters.AddWithValue("last", NpgsqlDbType.Integer, row.LastMonth);
        parameters.AddWithValue("version", NpgsqlDbType.Integer, row.Version);
        parameters.AddWithValue("file", NpgsqlDbType.Text, row.SourceFile);
        parameters.AddWithValue("sha", NpgsqlDbType.Varchar, row.Sha256);
        parameters.AddWithValue("received", NpgsqlDbType.TimestampTz, row.ReceivedAt.ToUniversalTime());
        parameters.AddWithValue("current", NpgsqlDbType.Boolean, row.IsCurrent);
        parameters.AddWithValue("by", NpgsqlDbType.Varchar, (object?)row.UploadedBy ?? DBNull.Value);
        parameters.AddWithValue("behalf", NpgsqlDbType.Boolean, row.UploadedOnBehalf);
        parameters.AddWithValue("count", NpgsqlDbType.Integer, row.ValueCount);
        parameters.AddWithValue("estimate", NpgsqlDbType.Boolean, row.IsEstimate);
        parameters.AddWithValue("estimates", NpgsqlDbType.Integer, row.EstimateCount);
        parameters.AddWithValue("codes", NpgsqlDbType.Array | NpgsqlDbType.Varchar, values.Select(v => v.IndicatorCode).ToArray());
        parameters.AddWithValue("micros", NpgsqlDbType.Array | NpgsqlDbType.Bigint, values.Select(v => StoredFigure.ToMillionths(v.Value)).ToArray());
        parameters.AddWithValue("cells", NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v.Cell).ToArray());
        parameters.AddWithValue("notes", NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v.Note).ToArray());
        parameters.AddWithValue("estimated", NpgsqlDbType.Array | NpgsqlDbType.Boolean, values.Select(v => wholeIsEstimate || v.IsEstimate).ToArray());
        if (supersedes is { } previous)
        {
            parameters.AddWithValue("previous", NpgsqlDbType.Bigint, previous);
        }

        await PrepareRepeatedAsync(insert, cancellationToken);

        // The id is the last statement's one row (the UPDATE before it returns none).
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>A whole table's worth (a rebuild, a copy) by binary COPY, one stream instead of a statement per row.</summary>
    public override async Task InsertRollupsAsync(ReportingDbContext db, IEnumerable<PeriodRollup> rollups, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(db, cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY period_rollups (period, indicator_code, agency_code, sum_micros, latest_micros, latest_month, latest_submission_id, covered_months, value_count, estimate_count, latest_is_estimate) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var rollup in rollups)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(rollup.Period.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(rollup.IndicatorCode, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(rollup.AgencyCode, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(StoredFigure.ToMillionths(rollup.Sum), NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(StoredFigure.ToMillionths(rollup.Latest), NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(rollup.LatestMonth.Index, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(rollup.LatestSubmissionId, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(rollup.CoveredMonths, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(rollup.ValueCount, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(rollup.EstimateCount, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(rollup.LatestIsEstimate, NpgsqlDbType.Boolean, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// A store's last writes in one batch, one round trip: the roll-ups' delete and their insert over arrays, for the
    /// hundred or so roll-ups of the periods containing the file, the audit entries, then the counter raised and the
    /// change recorded.
    /// </summary>
    public override async Task FinishStoreAsync(
        ReportingDbContext db,
        string agencyCode,
        PeriodId stored,
        IReadOnlyCollection<string> periods,
        IEnumerable<PeriodRollup> rollups,
        IReadOnlyList<AuditEntryEntity> auditEntries,
        CancellationToken cancellationToken)
    {
        var rows = rollups.ToList();
        await using var batch = new NpgsqlBatch(await OpenAsync(db, cancellationToken), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        var delete = new NpgsqlBatchCommand("DELETE FROM period_rollups WHERE agency_code = @agency AND period = ANY(@periods)");
        delete.Parameters.AddWithValue("agency", NpgsqlDbType.Varchar, agencyCode);
        delete.Parameters.AddWithValue("periods", NpgsqlDbType.Array | NpgsqlDbType.Varchar, periods.ToArray());
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO period_rollups (period, indicator_code, agency_code, sum_micros, latest_micros, latest_month, latest_submission_id, covered_months, value_count, estimate_count, latest_is_estimate)
            SELECT * FROM unnest(@period, @indicator, @agencies, @sum, @latest, @latestMonth, @latestSubmission, @covered, @count, @estimates, @latestIsEstimate)
            """);
        var parameters = insert.Parameters;
        parameters.AddWithValue("period", NpgsqlDbType.Array | NpgsqlDbType.Varchar, rows.Select(r => r.Period.ToString()).ToArray());
        parameters.AddWithValue("indicator", NpgsqlDbType.Array | NpgsqlDbType.Varchar, rows.Select(r => r.IndicatorCode).ToArray());
        parameters.AddWithValue("agencies", NpgsqlDbType.Array | NpgsqlDbType.Varchar, rows.Select(r => r.AgencyCode).ToArray());
        parameters.AddWithValue("sum", NpgsqlDbType.Array | NpgsqlDbType.Bigint, rows.Select(r => StoredFigure.ToMillionths(r.Sum)).ToArray());
        parameters.AddWithValue("latest", NpgsqlDbType.Array | NpgsqlDbType.Bigint, rows.Select(r => StoredFigure.ToMillionths(r.Latest)).ToArray());
        parameters.AddWithValue("latestMonth", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.LatestMonth.Index).ToArray());
        parameters.AddWithValue("latestSubmission", NpgsqlDbType.Array | NpgsqlDbType.Bigint, rows.Select(r => r.LatestSubmissionId).ToArray());
        parameters.AddWithValue("covered", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.CoveredMonths).ToArray());
        parameters.AddWithValue("count", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.ValueCount).ToArray());
        parameters.AddWithValue("estimates", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.EstimateCount).ToArray());
        parameters.AddWithValue("latestIsEstimate", NpgsqlDbType.Array | NpgsqlDbType.Boolean, rows.Select(r => r.LatestIsEstimate).ToArray());
        var raise = new NpgsqlBatchCommand(DataVersionStore.RaiseSubmissionsSql);
        var change = new NpgsqlBatchCommand(DataVersionStore.RecordChangeSql);
        change.Parameters.AddWithValue("agency", NpgsqlDbType.Varchar, agencyCode);
        change.Parameters.AddWithValue("first", NpgsqlDbType.Integer, stored.FirstMonth.Index);
        change.Parameters.AddWithValue("last", NpgsqlDbType.Integer, stored.LastMonth.Index);
        batch.BatchCommands.Add(delete);
        batch.BatchCommands.Add(insert);
        foreach (var entry in auditEntries)
        {
            var append = new NpgsqlBatchCommand(AuditLog.InsertSql);
            foreach (var (name, value) in AuditLog.ParametersOf(entry))
            {
                append.Parameters.AddWithValue(name, value);
            }

            batch.BatchCommands.Add(append);
        }

        batch.BatchCommands.Add(raise);
        batch.BatchCommands.Add(change);
        // Not prepared: measured slower (1.9-2.2 ms a file unprepared, 2.9-3.6 prepared; the delete keeps its index
        // either way). The commit is not sent with the batch: releasing the counter's lock a round trip sooner measured
        // the same (see the README).
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (raise.RecordsAffected != 1 || change.RecordsAffected != 1)
        {
            throw DataVersionStore.NoSubmissionsCounter();
        }
    }

    /// <summary>
    /// A period's roll-ups through Npgsql's reader, columns by position, codes shared (<see cref="SharedText"/>): EF's
    /// materialization of 190,000 entities with their converters was most of the read at 5,000 agencies.
    /// </summary>
    public override IEnumerable<PeriodRollup> ReadRollups(ReportingDbContext db, PeriodId period, bool byIndicator, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            db.Database.OpenConnection();
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var command = new NpgsqlCommand(
            $"""
            SELECT {RollupColumnsCodesAsBytes}
            FROM period_rollups WHERE period = @period {(byIndicator ? "ORDER BY indicator_code" : string.Empty)}
            """,
            connection,
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.AddWithValue("period", NpgsqlDbType.Varchar, period.ToString());
        using var reader = command.ExecuteReader();
        var (shared, buffer) = (new SharedText(), new byte[SharedTextBuffer]);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return RollupOf(
                SharedTextOf(reader, 0, shared, buffer),
                SharedTextOf(reader, 1, shared, buffer),
                period,
                reader.GetInt64(2),
                reader.GetInt64(3),
                reader.GetInt32(4),
                reader.GetInt64(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetBoolean(9));
        }
    }

    /// <summary><see cref="EfStorage.RollupColumns"/>, the two codes as their UTF-8 bytes (<see cref="SharedTextOf"/>).</summary>
    private const string RollupColumnsCodesAsBytes = "convert_to(agency_code, 'UTF8'), convert_to(indicator_code, 'UTF8'), " + RollupFigureColumns;

    /// <summary>Longer texts than codes and cells are read as strings.</summary>
    private const int SharedTextBuffer = 128;

    /// <summary>
    /// A code selected as its UTF-8 bytes (<c>convert_to</c>), copied into <paramref name="buffer"/> and found in
    /// <paramref name="shared"/>: a code seen before allocates no string. Read as text, Npgsql made a string of every
    /// row's codes (so does its GetChars), about 100 MB of garbage in a report at 5,000 agencies, which SQLite's reader
    /// already avoided (<see cref="SharedText.Of(ReadOnlySpan{byte})"/>).
    /// </summary>
    private static string SharedTextOf(NpgsqlDataReader reader, int ordinal, SharedText shared, byte[] buffer)
    {
        var length = (int)reader.GetBytes(ordinal, 0, buffer, 0, buffer.Length);
        return length < buffer.Length ? shared.Of(buffer.AsSpan(0, length)) : shared.Of(System.Text.Encoding.UTF8.GetString(reader.GetFieldValue<byte[]>(ordinal)));
    }

    /// <summary>
    /// The values through Npgsql's reader by position: an import reads an agency's values for each file (its history,
    /// for validation), and EF's query pipeline cost about 1 ms of each.
    /// </summary>
    public override async Task<IReadOnlyList<ReportedValue>> ReadValuesAsync(ReportingDbContext db, ValueFilter filter, bool withCells, CancellationToken cancellationToken)
    {
        await using var command = await ValuesCommandAsync(db, filter, withCells, null, cancellationToken);
        var values = new List<ReportedValue>();
        await new ValueReading().AddAsync(command, values.Add, cancellationToken);
        return values;
    }

    /// <summary>
    /// Every agency's values in one statement, then put in the agencies' order: a report traces the values of up to
    /// 5,000 agencies, and a query per agency through EF took 2.3 s of a report's 4.2 s of reading at 5,000 agencies.
    /// Unsorted (<see cref="ValueFilter.InOrderStored"/>; the report orders each agency's values itself): sorted by the
    /// server, the 334,000 rows a report of H1 traces at 5,000 agencies spilled 32 MB to disk past the default
    /// <c>work_mem</c>, 0.67-0.83 s of server time against 0.39-0.46 s unsorted (EXPLAIN ANALYZE, alternated).
    /// </summary>
    public override async Task<IReadOnlyList<ReportedValue>> ReadValuesOfAgenciesAsync(
        ReportingDbContext db, IEnumerable<string> agencyCodes, ValueFilter filter, CancellationToken cancellationToken)
    {
        var agencies = agencyCodes.Distinct(StringComparer.Ordinal).ToArray();
        var byAgency = agencies.ToDictionary(a => a, _ => new List<ReportedValue>(), StringComparer.Ordinal);
        await using var command = await ValuesCommandAsync(db, filter, true, agencies, cancellationToken);
        await new ValueReading().AddAsync(command, value => byAgency[value.AgencyCode].Add(value), cancellationToken);
        return agencies.SelectMany(a => byAgency[a]).ToList();
    }

    /// <summary>The values <paramref name="filter"/> selects, of <paramref name="agencies"/> when given.</summary>
    private static async Task<NpgsqlCommand> ValuesCommandAsync(
        ReportingDbContext db, ValueFilter filter, bool withCells, string[]? agencies, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(db, string.Empty, cancellationToken);
        var where = new List<string> { "v.value_micros IS NOT NULL" };
        void Add(string condition, string name, NpgsqlDbType type, object value)
        {
            where.Add(condition);
            command.Parameters.AddWithValue(name, type, value);
        }

        if (agencies is not null)
        {
            Add("s.agency_code = ANY(@agencies)", "agencies", NpgsqlDbType.Array | NpgsqlDbType.Varchar, agencies);
        }

        if (filter.CurrentOnly)
        {
            where.Add("s.is_current");
        }

        if (filter.AgencyCode is { } agency)
        {
            Add("s.agency_code = @agency", "agency", NpgsqlDbType.Varchar, agency);
        }

        if (filter.FromMonth is { } from)
        {
            Add("s.first_month >= @from", "from", NpgsqlDbType.Integer, from);
        }

        if (filter.ToMonth is { } to)
        {
            Add("s.last_month <= @to", "to", NpgsqlDbType.Integer, to);
        }

        if (filter.SubmissionId is { } id)
        {
            Add("s.id = @id", "id", NpgsqlDbType.Bigint, id);
        }

        command.CommandText = $"""
            SELECT s.id, s.agency_code, s.period, s.source_file, convert_to(v.indicator_code, 'UTF8'), v.value_micros, {(withCells ? "convert_to(v.cell, 'UTF8')" : "NULL")}, v.is_estimate
            FROM submissions s JOIN submission_values v ON v.submission_id = s.id
            WHERE {string.Join(" AND ", where)}
            {(filter.InOrderStored ? "ORDER BY s.id, v.id" : string.Empty)}
            """;
        return command;
    }

    /// <summary>A command on the context's connection, in its transaction when one is open.</summary>
    private static async Task<NpgsqlCommand> CommandAsync(ReportingDbContext db, string sql, CancellationToken cancellationToken) =>
        new(sql, await OpenAsync(db, cancellationToken), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());

    private static async Task<NpgsqlConnection> OpenAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>
    /// Turns rows into values. A value's agency, period and file belong to its submission, and codes and cells repeat:
    /// each is read once and the strings shared.
    /// </summary>
    private sealed class ValueReading
    {
        private readonly Dictionary<long, (string Agency, PeriodId Period, string File)> submissions = [];
        private readonly SharedText shared = new();
        private readonly byte[] buffer = new byte[SharedTextBuffer];

        public async Task AddAsync(NpgsqlCommand command, Action<ReportedValue> add, CancellationToken cancellationToken)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                if (!submissions.TryGetValue(id, out var submission))
                {
                    submission = submissions[id] = (shared.Of(reader.GetString(1)), PeriodId.Parse(reader.GetString(2)), shared.Of(reader.GetString(3)));
                }

                add(new ReportedValue(
                    id,
                    submission.Agency,
                    SharedTextOf(reader, 4, shared, buffer),
                    submission.Period,
                    StoredFigure.FromMillionths(reader.GetInt64(5)),
                    reader.IsDBNull(6) ? null : SharedTextOf(reader, 6, shared, buffer),
                    submission.File,
                    reader.GetBoolean(7)));
            }
        }
    }
}
