using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Catalog;
using Reporting.Core.Numbers;
using Reporting.Core.Periods;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows.Admin;
using Reporting.Workflows;

namespace Reporting.Web.Pages.Admin;

/// <summary>Yearly targets of the indicators, deadlines of the reporting periods, and the agency list.</summary>
[Authorize(Policy = PortalPolicies.Admin)]
public sealed class CatalogModel(ReportingDatabase database, PortalText text) : PageModel
{
    private const long MaxAgencyListBytes = 5L * 1024 * 1024;

    public int Year { get; private set; }

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public PeriodCalendar Calendar { get; private set; } = PeriodCalendar.CalendarMonths;

    public IReadOnlyList<PeriodId> Periods { get; private set; } = [];

    public int AgencyCount { get; private set; }

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnGetAgenciesJsonAsync(CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var json = await new CatalogEditor(workspace, PortalActor.Of(HttpContext)).AgenciesJsonAsync(cancellationToken);
        return File(Encoding.UTF8.GetBytes(json), "application/json", "agencies.json");
    }

    public async Task<IActionResult> OnPostTargetsAsync(int year, Dictionary<string, string?> targets, CancellationToken cancellationToken)
    {
        var catalog = database.Indicators;
        var errors = new List<string>();
        var changes = new List<(string Code, decimal? Target)>();
        foreach (var (code, typed) in targets)
        {
            var indicator = catalog.Find(code);
            if (indicator is null)
            {
                continue;
            }

            decimal? target = null;
            if (!string.IsNullOrWhiteSpace(typed))
            {
                // Targets are typed like submitted values (1.234.567, 96,5): the same reader, two more decimals allowed.
                if (!NumberText.TryRead(typed, indicator.Kind, indicator.Decimals + 2, out var parsed, out var error))
                {
                    errors.Add(text.Format("{0}: '{1}' is not a number ({2}).", code, typed, text.English ? error.English : error.Vietnamese));
                    continue;
                }

                target = parsed;
            }

            if (target != indicator.TargetFor(year))
            {
                changes.Add((code, target));
            }
        }

        if (errors.Count > 0)
        {
            return await ShowAsync(year, errors);
        }

        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            await new CatalogEditor(workspace, PortalActor.Of(HttpContext)).SetTargetsAsync(year, changes, cancellationToken);
        }

        await database.ReloadCatalogAsync(cancellationToken);
        return await ShowAsync(year, [], text.Format("Saved {0} targets.", changes.Count));
    }

    public async Task<IActionResult> OnPostDeadlinesAsync(int year, Dictionary<string, string?> deadlines, CancellationToken cancellationToken)
    {
        var calendar = database.Calendar;
        var changes = new List<(PeriodId Period, DateOnly? Due)>();
        foreach (var (key, typed) in deadlines)
        {
            if (!PeriodId.TryParse(key, out var period, out _))
            {
                continue;
            }

            DateOnly? due = null;
            if (!string.IsNullOrWhiteSpace(typed))
            {
                if (!DateOnly.TryParseExact(typed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                {
                    return await ShowAsync(year, [text.Format("{0}: '{1}' is not a date.", key, typed)]);
                }

                due = day;
            }

            if (due != calendar.Deadlines?.GetValueOrDefault(key) && !(due is null && calendar.Deadlines?.ContainsKey(key) != true))
            {
                changes.Add((period, due));
            }
        }

        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            await new CatalogEditor(workspace, PortalActor.Of(HttpContext)).SetDeadlinesAsync(changes, cancellationToken);
        }

        await database.ReloadCatalogAsync(cancellationToken);
        return await ShowAsync(year, [], text.Format("Saved {0} deadlines.", changes.Count));
    }

    public async Task<IActionResult> OnPostAgenciesAsync(IFormFile? agencies, CancellationToken cancellationToken)
    {
        if (agencies is null || agencies.Length == 0 || agencies.Length > MaxAgencyListBytes)
        {
            return await ShowAsync(null, [text["Choose an agencies.json file (at most 5 MB)."]]);
        }

        string json;
        using (var reader = new StreamReader(agencies.OpenReadStream(), Encoding.UTF8))
        {
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        try
        {
            await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
            {
                await new CatalogEditor(workspace, PortalActor.Of(HttpContext)).ReplaceAgenciesAsync(json, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException or KeyNotFoundException)
        {
            return await ShowAsync(null, [text.Format("The agency list was not changed: {0}", ex.Message)]);
        }

        await database.ReloadCatalogAsync(cancellationToken);
        return await ShowAsync(null, [], text["The agency list was replaced."]);
    }

    private async Task<IActionResult> ShowAsync(int? year, IReadOnlyList<string> messages, string? done = null)
    {
        (Messages, Done) = (messages, done);
        if (messages.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(year);
        return Page();
    }

    private async Task LoadAsync(int? year)
    {
        var opened = database;
        Year = year is >= 2000 and <= 2100 ? year.Value : opened.Clock.Today.Year;
        Indicators = opened.Indicators.Indicators.Where(i => i.Formula is null || i.Targets.Count > 0).ToList();
        Calendar = opened.Calendar;
        AgencyCount = opened.Agencies.Agencies.Count;
        // The periods agencies submit for (a deadline is a submission's).
        Periods = PeriodId.OfYear(Year).Where(p => p.Kind is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.HalfYear).ToList();
    }
}
