using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Data;
using Reporting.Workflows.Import;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Review;

/// <summary>
/// What waits for an analyst in a period: the current versions still submitted, oldest first, each with the warnings
/// validation gives it (against the agency's other values) and its change against the version it replaced.
/// </summary>
public sealed class ReviewQueue(ReportingWorkspace workspace)
{
    /// <summary>Made when a warning is first asked for: counting acceptance needs no agency list (see ProvinceCatalog).</summary>
    private SubmissionValidator Validator => field ??= new(workspace.Catalog, workspace.Agencies, workspace.Calendar);

    public async Task<IReadOnlyList<QueuedSubmission>> ListAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var waiting = (await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken))
            .Where(s => s.State == SubmissionState.Submitted)
            .OrderBy(s => s.ReceivedAt)
            .ThenBy(s => s.Id)
            .ToList();
        var queue = new List<QueuedSubmission>();
        foreach (var submission in waiting)
        {
            queue.Add(new QueuedSubmission(submission, await WarningsAsync(submission, cancellationToken), await ChangesAsync(submission, cancellationToken)));
        }

        return queue;
    }

    /// <summary>
    /// The current versions of <paramref name="agencyCodes"/> an analyst returned, whatever their period, each with the
    /// return that holds it (reason and comments), oldest period first: what the agency must correct before anything else.
    /// </summary>
    public async Task<IReadOnlyList<(SubmissionInfo Submission, ReviewNote Return)>> ReturnedToAsync(IEnumerable<string> agencyCodes, CancellationToken cancellationToken = default)
    {
        var returned = new List<(SubmissionInfo, ReviewNote)>();
        foreach (var agency in agencyCodes.Order(StringComparer.Ordinal))
        {
            foreach (var submission in (await workspace.Submissions.SubmissionsOfAgencyAsync(agency, cancellationToken)).Where(s => s.IsCurrent && s.State == SubmissionState.Returned))
            {
                if (await LatestReturnAsync(agency, submission.Period, cancellationToken) is { } note)
                {
                    returned.Add((submission, note));
                }
            }
        }

        return returned.OrderBy(r => r.Item1.Period.FirstMonth).ThenBy(r => r.Item1.AgencyCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>What the process's <see cref="FigureCache"/> keeps the acceptance count of a period as.</summary>
    public const string AcceptanceKind = "acceptance";

    /// <summary>
    /// How many of the period's current versions are not accepted (waiting or returned), of how many: kept per state of
    /// the data like the period's figures, since the period page asks on every request and the count walks the period's
    /// 29,200 versions at 5,000 agencies. A file of the period updates it from its agency's versions alone; a review
    /// counts again.
    /// </summary>
    public async Task<(int NotAccepted, int All)> AcceptanceAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var count = await KeptFigure.OfAsync(
            workspace,
            new FigureKey(AcceptanceKind, period),
            async () => new AcceptanceCount(await workspace.Submissions.CurrentStateCountsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken)),
            (kept, changes) => UpdateAcceptanceAsync(kept, period, changes, cancellationToken),
            cancellationToken);
        return (count.NotAccepted, count.All);
    }

    private async Task<AcceptanceCount> UpdateAcceptanceAsync(AcceptanceCount kept, PeriodId period, IReadOnlyList<Data.Entities.DataChange> changes, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, IReadOnlyDictionary<string, int>>(kept.StatesByAgency, StringComparer.Ordinal);
        foreach (var agency in changes.Select(c => c.AgencyCode).Distinct(StringComparer.Ordinal))
        {
            var theirs = await workspace.Submissions.CurrentStateCountsAsync(period.FirstMonth, period.LastMonth, agency, cancellationToken);
            states.Remove(agency);
            if (theirs.TryGetValue(agency, out var agencyStates))
            {
                states[agency] = agencyStates;
            }
        }

        return new AcceptanceCount(states);
    }

    /// <summary>How many of a period's current versions are in each review state by agency, and what the page shows of them.</summary>
    private sealed class AcceptanceCount
    {
        public AcceptanceCount(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> statesByAgency)
        {
            StatesByAgency = statesByAgency;
            var accepted = ReviewRules.Text(SubmissionState.Accepted);
            foreach (var (state, count) in statesByAgency.Values.SelectMany(s => s))
            {
                All += count;
                NotAccepted += state == accepted ? 0 : count;
            }
        }

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> StatesByAgency { get; }

        public int NotAccepted { get; }

        public int All { get; }
    }

    /// <summary>The reviews of one version, oldest first (the submitter's detail page shows a return's comments).</summary>
    public Task<IReadOnlyList<ReviewNote>> ReviewsOfAsync(long submissionId, CancellationToken cancellationToken = default) =>
        new ReviewStore(workspace.Db).ReviewsOfAsync(submissionId, cancellationToken);

    /// <summary>The latest return of the agency's report for the period, whichever version it was on; null when none.</summary>
    public Task<ReviewNote?> LatestReturnAsync(string agencyCode, PeriodId period, CancellationToken cancellationToken = default) =>
        new ReviewStore(workspace.Db).LatestReturnAsync(agencyCode, period.ToString(), cancellationToken);

    /// <summary>The version's values against the one it replaced (the previous version of its agency and period).</summary>
    public async Task<IReadOnlyList<ValueChange>> ChangesAsync(SubmissionInfo submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var previous = (await workspace.Submissions.SubmissionsOfAgencyAsync(submission.AgencyCode, cancellationToken))
            .Where(s => s.Period == submission.Period && s.Version < submission.Version)
            .MaxBy(s => s.Version);
        return await new VersionChangeQuery(workspace).ListAsync(
            new FileImportResult(submission.SourceFile, ImportOutcome.Stored, submission.AgencyCode, submission.Period, submission.Version, [], submission.Id, previous?.Id),
            cancellationToken);
    }

    /// <summary>The warnings validation gives the stored version today, against the agency's values in other versions.</summary>
    private async Task<IReadOnlyList<ValidationIssue>> WarningsAsync(SubmissionInfo submission, CancellationToken cancellationToken)
    {
        var rows = await workspace.Submissions.RowsOfAsync(submission.Id, cancellationToken);
        var parsed = new ParsedSubmission(
            submission.SourceFile,
            null,
            submission.AgencyCode,
            null,
            submission.Period,
            null,
            rows.Select(r => new ParsedValue(r.IndicatorCode, r.Value, r.Cell ?? string.Empty, r.Note)).ToList(),
            [],
            submission.Sha256);
        var history = (await workspace.Submissions.AgencyHistoryAsync(submission.AgencyCode, cancellationToken)).Where(v => v.SubmissionId != submission.Id).ToList();
        return Validator.Validate(parsed, history, workspace.Clock.DayOf(submission.ReceivedAt)).Where(i => i.Severity == Severity.Warning).ToList();
    }
}
