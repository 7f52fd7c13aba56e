using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Web.Security;

namespace Reporting.Web.Pages.Submissions;

/// <summary>
/// Every version an agency has sent, superseded ones included; a submitter sees its own agencies only.
/// Without an agency chosen, analysts see the latest versions received from anyone.
/// </summary>
public sealed class IndexModel(PortalDatabase database) : PageModel
{
    public const int Latest = 50;

    public IReadOnlyList<Agency> Choices { get; private set; } = [];

    public bool AllAgencies { get; private set; }

    public string? Agency { get; private set; }

    public IReadOnlyList<SubmissionInfo> Rows { get; private set; } = [];

    /// <summary>The province's clock, for the times shown.</summary>
    public ProvinceClock Clock { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? agency, CancellationToken cancellationToken)
    {
        var readable = AgencyAccess.ReadableAgencies(User);
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        (AllAgencies, Clock) = (readable is null, workspace.Clock);
        Choices = workspace.Agencies.Agencies.Where(a => readable is null || readable.Contains(a.Code)).ToList();
        Agency = string.IsNullOrEmpty(agency) ? (AllAgencies ? null : Choices.FirstOrDefault()?.Code) : agency;
        if (Agency is null)
        {
            Rows = await workspace.Submissions.LatestAsync(Latest, cancellationToken);
            return Page();
        }

        if (readable is not null && !readable.Contains(Agency))
        {
            return Forbid();
        }

        Rows = (await workspace.Submissions.SubmissionsOfAgencyAsync(Agency, cancellationToken))
            .OrderByDescending(s => s.Period.LastMonth).ThenByDescending(s => s.Version).ToList();
        return Page();
    }
}
