using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Configurations;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>Stores submissions as new versions, never losing one, and reads current values back for aggregation.</summary>
public sealed class SubmissionStore(ReportingDbContext db)
{
    /// <summary>The roll-ups kept up to date as submissions are stored.</summary>
    public PeriodRollupStore Rollups { get; } = new(db);

    /// <summary>
    /// Stores a validated submission as the agency's newest version for its period, in one transaction.
    /// The current version sent again (same SHA-256) changes nothing; an earlier version sent again after a newer one is
    /// stored as a new version, so the file sent last is current, as the agency expects.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(ParsedSubmission submission, DateTimeOffset receivedAt, Uploader? uploader = null, CancellationToken cancellationToken = default)
    {
        var agency = submission.AgencyCode ?? throw new ArgumentException("Submission has no agency", nameof(submission));
        var period = submission.Period ?? throw new ArgumentException("Submission has no period", nameof(submission));
        var periodText = period.ToString();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var versions = await VersionsAsync(agency, periodText, cancellationToken);
        var same = versions.Where(v => v.Sha256 == submission.Sha256).MaxBy(v => v.Version);
        if (same is { IsCurrent: true })
        {
            return new SaveOutcome(same.Id, same.Version, false, null);
        }

        var previous = versions.FirstOrDefault(v => v.IsCurrent);
        if (previous is not null)
        {
            await db.Submissions.Where(s => s.Id == previous.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsCurrent, false), cancellationToken);
        }

        var version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;

        // Plain ADO, as for the values: EF Core's change tracking cost more than the rest of a small file's store.
        long id;
        await using (var insert = await ValueRows.CommandAsync(db, """
            INSERT INTO submissions (agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current, uploaded_by, uploaded_on_behalf, value_count)
            VALUES ($agency, $period, $first, $last, $version, $file, $sha, $received, 1, $by, $behalf, $count)
            RETURNING id
            """,
            cancellationToken,
            ("$agency", agency),
            ("$period", periodText),
            ("$first", period.FirstMonth.Index),
            ("$last", period.LastMonth.Index),
            ("$version", version),
            ("$file", submission.SourceFile),
            ("$sha", submission.Sha256),
            ("$received", receivedAt),
            ("$by", (object?)uploader?.UserName ?? DBNull.Value),
            ("$behalf", uploader?.OnBehalf ?? false),
            ("$count", submission.Values.Count(v => v.Value is not null))))
        {
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await InsertValuesAsync(id, submission.Values, cancellationToken);
        await Rollups.RefreshAsync(agency, period, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SaveOutcome(id, version, true, previous?.Id, same?.Version);
    }

    private async Task<List<StoredVersion>> VersionsAsync(string agency, string period, CancellationToken cancellationToken)
    {
        await using var command = await ValueRows.CommandAsync(
            db, "SELECT id, version, sha256, is_current FROM submissions WHERE agency_code = $a AND period = $p", cancellationToken, ("$a", agency), ("$p", period));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<StoredVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new StoredVersion(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetBoolean(3)));
        }

        return versions;
    }

    private sealed record StoredVersion(long Id, int Version, string Sha256, bool IsCurrent);

    /// <summary>Values of the current submissions whose period lies within the months given (inclusive).</summary>
    /// <param name="withCells">Whether to read each value's cell (for traces and reports; summaries need none).</param>
    public Task<IReadOnlyList<ReportedValue>> CurrentValuesAsync(YearMonth from, YearMonth to, bool withCells = true, CancellationToken cancellationToken = default) =>
        ReadValuesAsync("s.is_current = 1 AND s.first_month >= $from AND s.last_month <= $to", cancellationToken, withCells, ("$from", from.Index), ("$to", to.Index));

    /// <summary>
    /// The current values, with their cells, of each agency listed in turn, of the submissions whose period lies within
    /// the months given.
    /// </summary>
    public Task<IReadOnlyList<ReportedValue>> CurrentValuesOfAgenciesAsync(IEnumerable<string> agencyCodes, YearMonth from, YearMonth to, CancellationToken cancellationToken = default) =>
        ValueRows.ReadEachAsync(
            db,
            "s.is_current = 1 AND s.agency_code = $a AND s.first_month >= $from AND s.last_month <= $to",
            true,
            "$a",
            agencyCodes,
            cancellationToken,
            ("$from", from.Index),
            ("$to", to.Index));

    /// <summary>An agency's current values over all periods (its history, for plausibility warnings).</summary>
    public Task<IReadOnlyList<ReportedValue>> AgencyHistoryAsync(string agencyCode, CancellationToken cancellationToken = default) =>
        ReadValuesAsync("s.is_current = 1 AND s.agency_code = $agency", cancellationToken, true, ("$agency", agencyCode));

    /// <summary>The values of one stored version, current or superseded.</summary>
    public Task<IReadOnlyList<ReportedValue>> ValuesOfAsync(long submissionId, CancellationToken cancellationToken = default) =>
        ReadValuesAsync("s.id = $id", cancellationToken, true, ("$id", submissionId));

    /// <summary>Submissions whose period lies within the months given; superseded versions too when asked.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> SubmissionsAsync(YearMonth from, YearMonth to, bool includeSuperseded = false, CancellationToken cancellationToken = default)
    {
        var (first, last) = (from.Index, to.Index);
        return InfoAsync(db.Submissions.Where(s => s.FirstMonth >= first && s.LastMonth <= last && (includeSuperseded || s.IsCurrent)), cancellationToken);
    }

    /// <summary>Every row of one stored version, in the order it was read (empty values and notes too).</summary>
    public async Task<IReadOnlyList<StoredRow>> RowsOfAsync(long submissionId, CancellationToken cancellationToken = default) =>
        await db.SubmissionValues.AsNoTracking()
            .Where(v => v.SubmissionId == submissionId)
            .OrderBy(v => v.Id)
            .Select(v => new StoredRow(v.IndicatorCode, v.Value, v.Cell, v.Note))
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
            .Select(s => new { s.Id, s.AgencyCode, s.Period, s.Version, s.SourceFile, s.Sha256, s.ReceivedAt, s.IsCurrent, s.UploadedBy, s.UploadedOnBehalf, Count = s.ValueCount })
            .ToListAsync(cancellationToken);
        return rows.Select(s => new SubmissionInfo(
                s.Id, s.AgencyCode, PeriodId.Parse(s.Period), s.Version, s.SourceFile, s.Sha256, s.ReceivedAt, s.IsCurrent, s.Count, s.UploadedBy is null ? null : new Uploader(s.UploadedBy, s.UploadedOnBehalf)))
            .ToList();
    }

    /// <summary>
    /// Inserts a submission's rows with one prepared command: EF Core sends a separate INSERT ... RETURNING per
    /// row on SQLite, which made storing three times slower than reading the file.
    /// </summary>
    private async Task InsertValuesAsync(long submissionId, IReadOnlyList<ParsedValue> values, CancellationToken cancellationToken)
    {
        using var insert = await PreparedInsert.CreateAsync(db, "INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell, note) VALUES (?1, ?2, ?3, ?4, ?5)", cancellationToken);
        foreach (var value in values)
        {
            insert.Bind(1, submissionId)
                .Bind(2, value.IndicatorCode)
                .Bind(3, value.Value is { } v ? (long)(v * SubmissionValueEntityTypeConfiguration.Scale) : null)
                .Bind(4, value.Cell)
                .Bind(5, value.Note)
                .Run();
        }
    }

    private Task<IReadOnlyList<ReportedValue>> ReadValuesAsync(string where, CancellationToken cancellationToken, bool withCells, params (string Name, object Value)[] parameters) =>
        ValueRows.ReadAsync(db, where, withCells, cancellationToken, parameters);
}
