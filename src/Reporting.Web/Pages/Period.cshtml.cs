using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows.Queries;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>A period's province figures against the compare period, with a trend per indicator and the report downloads.</summary>
[Authorize(Policy = PortalPolicies.Province)]
public sealed class PeriodModel(ReportingDatabase database, PortalText text) : PageModel
{
    private IReadOnlyList<PeriodAggregate> trend = [];

    /// <summary>Null when a period was typed wrong: the page then says so and shows no figures.</summary>
    public PeriodSummary? Summary { get; private set; }

    /// <summary>The period asked for, the periods offered, and a period typed wrong.</summary>
    public PeriodChoice Choice { get; private set; } = null!;

    /// <summary>The compare period typed wrong; null when it was right or none was asked for.</summary>
    public string? CompareRejected { get; private set; }

    /// <summary>The compare period asked for; null for the same period last year.</summary>
    public PeriodId? Compare { get; private set; }

    public PeriodSelect PeriodField => new("period", Choice.Period, Choice.Offered);

    /// <summary>"The same period last year" unless another was asked for: a new period chosen then compares with its own.</summary>
    public PeriodSelect CompareField => new("compare", Compare, Choice.Offered, text["Same period last year"]);

    public bool MayDownloadExcel => AgencyAccess.ActsForAll(User);

    /// <summary>The indicator's province value in each trend period, oldest first (null where none).</summary>
    public IReadOnlyList<decimal?> TrendOf(string code) => trend.Select(p => p.Province(code).Value).ToList();

    public async Task<IActionResult> OnGetAsync(string? period, string? compare, CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Choice = await PeriodChoice.ResolveAsync(period, workspace, cancellationToken);
        var against = PeriodChoice.Parse(compare, out var compareRejected);
        (Compare, CompareRejected) = (against, compareRejected);
        if (Choice.Rejected is not null || CompareRejected is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var figures = await new PeriodFiguresQuery(workspace).BuildAsync(Choice.Period, against, cancellationToken);
        (Summary, trend) = (figures.Summary, figures.Trend);
        return Page();
    }
}
