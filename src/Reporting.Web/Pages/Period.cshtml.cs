using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Web.Security;
using Reporting.Workflows.Queries;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>A period's province figures against the compare period, with a trend per indicator and the report downloads.</summary>
[Authorize(Policy = PortalPolicies.Province)]
public sealed class PeriodModel(ReportingDatabase database) : PageModel
{
    private IReadOnlyList<PeriodAggregate> trend = [];

    public PeriodSummary? Summary { get; private set; }

    public bool MayDownloadExcel => AgencyAccess.ActsForAll(User);

    /// <summary>The indicator's province value in each trend period, oldest first (null where none).</summary>
    public IReadOnlyList<decimal?> TrendOf(string code) => trend.Select(p => p.Province(code).Value).ToList();

    public async Task<IActionResult> OnGetAsync(string? period, string? compare, CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var shown = await PeriodChoice.ResolveAsync(period, workspace, cancellationToken);
        PeriodId? against = PeriodId.TryParse(compare, out var c, out _) ? c : null;
        Summary = await new SummaryQuery(workspace).BuildAsync(shown, against, cancellationToken: cancellationToken);
        trend = await new TrendQuery(workspace).BuildAsync(Summary, Environment.ProcessorCount, cancellationToken);
        return Page();
    }
}
