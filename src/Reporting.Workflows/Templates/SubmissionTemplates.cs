using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Submissions;
using Reporting.Excel.Templates;
using Reporting.Workflows.Review;

namespace Reporting.Workflows.Templates;

/// <summary>
/// The workbooks agencies fill in, for `reporting template` and the portal's Templates page alike: which agency owes
/// which period, and the workbook itself, named as the importer reads the name back.
/// </summary>
public sealed class SubmissionTemplates(IndicatorCatalog catalog, AgencyDirectory agencies)
{
    /// <summary>The templates of the catalog as last loaded.</summary>
    public SubmissionTemplates(ReportingDatabase database)
        : this(database.Catalog.Indicators, database.Catalog.Agencies)
    {
    }

    /// <summary>The templates of the workspace's catalog.</summary>
    public SubmissionTemplates(ReportingWorkspace workspace)
        : this(workspace.Catalog, workspace.Agencies)
    {
    }

    /// <summary>Why <paramref name="agency"/> has no template for <paramref name="period"/>, or null when it has one.</summary>
    public static TemplateRefusal? Refusal(Agency agency, PeriodId period)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (agency.SubmissionPeriodFor(period.FirstMonth) != period)
        {
            return TemplateRefusal.NotItsPeriod;
        }

        return agency.IsActiveDuring(period) ? null : TemplateRefusal.NotActive;
    }

    /// <summary>Every template owed in <paramref name="period"/>: each agency active then with each of its periods inside it.</summary>
    public IEnumerable<(Agency Agency, PeriodId Period)> Owed(PeriodId period) =>
        agencies.ActiveDuring(period).SelectMany(a => SubmissionSchedule.Owed(a, period).Select(p => (a, p)));

    /// <summary>
    /// The agencies a template is offered for: those named in <paramref name="only"/>, or (null: a user who acts for
    /// all) every agency still open or closed less than two years before <paramref name="today"/>.
    /// </summary>
    public IReadOnlyList<Agency> Offered(IReadOnlySet<string>? only, DateOnly today) =>
        agencies.Agencies
            .Where(a => only is null ? a.ActiveUntil is null || a.ActiveUntil >= today.AddYears(-2) : only.Contains(a.Code))
            .ToList();

    /// <summary>The workbook <paramref name="agency"/> fills in for <paramref name="period"/>; see <see cref="Refusal"/> first.</summary>
    /// <param name="comments">An analyst's comments by indicator code, shown on the value cells (see <see cref="BuildAsync"/>).</param>
    public TemplateFile Build(Agency agency, PeriodId period, Language language, IReadOnlyDictionary<string, string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(agency);
        using var stream = new MemoryStream();
        new SubmissionTemplateWriter(catalog).Write(agency, period, language, stream, comments: comments);
        return new TemplateFile(SubmissionFileName.For(agency.Code, period), stream.ToArray());
    }

    /// <summary>
    /// The workbook as <see cref="Build"/> makes it, carrying the analyst's comments when the agency's current version
    /// for the period was returned: the reason on the first indicator commented on (or the first indicator), each
    /// comment on its indicator's value cell.
    /// </summary>
    public static async Task<TemplateFile> BuildAsync(ReportingWorkspace workspace, Agency agency, PeriodId period, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(agency);
        var templates = new SubmissionTemplates(workspace);
        var current = (await workspace.Submissions.SubmissionsOfAgencyAsync(agency.Code, cancellationToken)).FirstOrDefault(s => s.Period == period && s.IsCurrent);
        if (current is not { State: SubmissionState.Returned })
        {
            return templates.Build(agency, period, language);
        }

        var review = (await new ReviewQueue(workspace).ReviewsOfAsync(current.Id, cancellationToken)).LastOrDefault(r => r.Decision == SubmissionState.Returned);
        if (review is null)
        {
            return templates.Build(agency, period, language);
        }

        var comments = review.Comments.Where(c => c.IndicatorCode is not null)
            .GroupBy(c => c.IndicatorCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(c => c.Text)), StringComparer.Ordinal);
        var first = comments.Keys.FirstOrDefault() ?? templates.Writer.IndicatorsOf(agency).FirstOrDefault()?.Code;
        if (first is not null && review.Reason is { } reason)
        {
            var returned = language == Language.English ? $"Returned by {review.Reviewer}: {reason}" : $"Bị {review.Reviewer} trả lại: {reason}";
            comments[first] = comments.TryGetValue(first, out var text) ? returned + "\n" + text : returned;
        }

        return templates.Build(agency, period, language, comments);
    }

    private SubmissionTemplateWriter Writer => new(catalog);
}
