using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Submissions;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;

namespace Reporting.Web.Pages.Submissions;

/// <summary>One stored version with every row as sent; 403 for a submitter asking for another agency's.</summary>
public sealed class DetailModel(ReportingDatabase database, PortalText text) : PageModel
{
    private IndicatorCatalog? catalog;

    public SubmissionInfo? Submission { get; private set; }

    public string AgencyName { get; private set; } = string.Empty;

    public IReadOnlyList<StoredRow> Rows { get; private set; } = [];

    public IReadOnlyList<SubmissionInfo> Versions { get; private set; } = [];

    /// <summary>The analysts' decisions on this version, oldest first; a return's comments show beside their cells.</summary>
    public IReadOnlyList<ReviewNote> Reviews { get; private set; } = [];

    /// <summary>The comments of this version's latest return, by cell.</summary>
    public ILookup<string, ReviewComment> CommentsByCell { get; private set; } = Array.Empty<ReviewComment>().ToLookup(c => c.Cell ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    /// <summary>The latest earlier version holding estimates, when this one holds none: the final figures replacing it.</summary>
    public SubmissionInfo? ReplacedEstimate { get; private set; }

    /// <summary>The first later version holding no estimate, when this one holds estimates: the final figures that replaced it.</summary>
    public SubmissionInfo? FinalAfter { get; private set; }

    /// <summary>The province's clock, for the times shown.</summary>
    public ProvinceClock Clock { get; private set; } = null!;

    public Indicator? Indicator(string code) => catalog?.Find(code);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Submission = await new SubmissionHistoryQuery(workspace).SubmissionAsync(id, cancellationToken);
        if (Submission is null)
        {
            return NotFound();
        }

        if (AgencyAccess.ReadableAgencies(User) is { } readable && !readable.Contains(Submission.AgencyCode))
        {
            return Forbid();
        }

        (catalog, Clock) = (workspace.Catalog, workspace.Clock);
        var agency = workspace.Agencies.Find(Submission.AgencyCode);
        AgencyName = agency is null ? string.Empty : text.English ? agency.NameEn ?? agency.Name : agency.Name;
        Rows = await new SubmissionHistoryQuery(workspace).RowsOfAsync(id, cancellationToken);
        Reviews = await new ReviewQueue(workspace).ReviewsOfAsync(id, cancellationToken);
        CommentsByCell = (Reviews.LastOrDefault(r => r.Decision == SubmissionState.Returned)?.Comments ?? []).ToLookup(c => c.Cell ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        Versions = (await new SubmissionHistoryQuery(workspace).OfAgencyAsync(Submission.AgencyCode, cancellationToken)).Where(v => v.Period == Submission.Period).ToList();
        var version = Submission.Version;
        ReplacedEstimate = Submission.HasEstimates ? null : Versions.Where(v => v.Version < version).MaxBy(v => v.Version) is { HasEstimates: true } before ? before : null;
        FinalAfter = Submission.HasEstimates ? Versions.Where(v => v.Version > version && !v.HasEstimates).MinBy(v => v.Version) : null;
        return Page();
    }
}
