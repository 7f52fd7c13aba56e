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
    /// A file already imported for that agency and period (same SHA-256) changes nothing.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(ParsedSubmission submission, DateTimeOffset receivedAt, Uploader? uploader = null, CancellationToken cancellationToken = default)
    {
        var agency = submission.AgencyCode ?? throw new ArgumentException("Submission has no agency", nameof(submission));
        var period = submission.Period ?? throw new ArgumentException("Submission has no period", nameof(submission));
        var periodText = period.ToString();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var versions = await db.Submissions
            .Where(s => s.AgencyCode == agency && s.Period == periodText)
            .Select(s => new { s.Id, s.Version, s.Sha256, s.IsCurrent })
            .ToListAsync(cancellationToken);
        var same = versions.FirstOrDefault(v => v.Sha256 == submission.Sha256);
        if (same is not null)
        {
            return new SaveOutcome(same.Id, same.Version, false, null);
        }

        var previous = versions.FirstOrDefault(v => v.IsCurrent);
        if (previous is not null)
        {
            await db.Submissions.Where(s => s.Id == previous.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsCurrent, false), cancellationToken);
        }

        var entity = new SubmissionEntity
        {
            AgencyCode = agency,
            Period = periodText,
            FirstMonth = period.FirstMonth.Index,
            LastMonth = period.LastMonth.Index,
            Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
            SourceFile = submission.SourceFile,
            Sha256 = submission.Sha256,
            ReceivedAt = receivedAt,
            IsCurrent = true,
            UploadedBy = uploader?.UserName,
            UploadedOnBehalf = uploader?.OnBehalf ?? false,
        };
        db.Submissions.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await InsertValuesAsync(entity.Id, submission.Values, cancellationToken);
        await Rollups.RefreshAsync(agency, period, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SaveOutcome(entity.Id, entity.Version, true, previous?.Id);
    }

    /// <summary>Values of the current submissions whose period lies within the months given (inclusive).</summary>
    /// <param name="withCells">Whether to read each value's cell (for traces and reports; summaries need none).</param>
    public Task<IReadOnlyList<ReportedValue>> CurrentValuesAsync(YearMonth from, YearMonth to, bool withCells = true, CancellationToken cancellationToken = default) =>
        ReadValuesAsync("s.is_current = 1 AND s.first_month >= $from AND s.last_month <= $to", cancellationToken, withCells, ("$from", from.Index), ("$to", to.Index));

    /// <summary>One agency's current values, with their cells, of the submissions whose period lies within the months given.</summary>
    public Task<IReadOnlyList<ReportedValue>> CurrentValuesOfAgencyAsync(string agencyCode, YearMonth from, YearMonth to, CancellationToken cancellationToken = default) =>
        ReadValuesAsync(
            "s.is_current = 1 AND s.agency_code = $a AND s.first_month >= $from AND s.last_month <= $to", cancellationToken, true, ("$a", agencyCode), ("$from", from.Index), ("$to", to.Index));

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
            .Select(s => new { s.Id, s.AgencyCode, s.Period, s.Version, s.SourceFile, s.Sha256, s.ReceivedAt, s.IsCurrent, s.UploadedBy, s.UploadedOnBehalf, Count = s.Values.Count(v => v.Value != null) })
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
        await using var command = await ValueRows.CommandAsync(db, "INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell, note) VALUES ($s, $i, $v, $c, $n)", cancellationToken);
        var parameters = new[] { "$s", "$i", "$v", "$c", "$n" }.Select(name => ValueRows.AddParameter(command, name)).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var value in values)
        {
            parameters[0].Value = submissionId;
            parameters[1].Value = value.IndicatorCode;
            parameters[2].Value = value.Value is { } v ? (long)(v * SubmissionValueEntityTypeConfiguration.Scale) : DBNull.Value;
            parameters[3].Value = (object?)value.Cell ?? DBNull.Value;
            parameters[4].Value = (object?)value.Note ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private Task<IReadOnlyList<ReportedValue>> ReadValuesAsync(string where, CancellationToken cancellationToken, bool withCells, params (string Name, object Value)[] parameters) =>
        ValueRows.ReadAsync(db, where, withCells, cancellationToken, parameters);
}
