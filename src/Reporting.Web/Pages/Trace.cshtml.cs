using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Web.Security;
using Reporting.Workflows.Queries;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>The stored values (agency, submission, file, cell) behind one province figure, as `reporting trace` lists them.</summary>
[Authorize(Policy = PortalPolicies.Province)]
public sealed class TraceModel(ReportingDatabase database) : PageModel
{
    public const int MaxRows = 2000;

    private IndicatorCatalog? catalog;

    public PeriodId Period { get; private set; }

    public Indicator? Indicator { get; private set; }

    public Figure? Figure { get; private set; }

    /// <summary>What was typed for the period when it is no period (the page says so instead of showing a figure).</summary>
    public string? PeriodRejected { get; private set; }

    public IReadOnlyList<ReportedValue> Sources { get; private set; } = [];

    /// <summary>The indicator of a source value (a derived figure's sources are its parts'), for its own decimals.</summary>
    public Indicator? IndicatorOf(string code) => catalog?.Find(code);

    public async Task<IActionResult> OnGetAsync(string? period, string? indicator, CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        catalog = workspace.Catalog;
        Indicator = indicator is null ? null : workspace.Catalog.Find(indicator);
        if (Indicator is null)
        {
            return NotFound();
        }

        // A mistyped period gets a message, not a 404 that reads as "no such figure".
        if (PeriodChoice.Parse(period, out var rejected) is not { } id)
        {
            PeriodRejected = rejected ?? string.Empty;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Period = id;
        var summary = await new SummaryQuery(workspace).BuildAsync(id, withCells: true, cancellationToken: cancellationToken);
        Figure = summary.Current.Province(Indicator.Code);
        Sources = Figure.Sources.OrderBy(s => s.IndicatorCode, StringComparer.Ordinal).ThenBy(s => s.AgencyCode, StringComparer.Ordinal).ThenBy(s => s.Period).ToList();
        return Page();
    }
}
