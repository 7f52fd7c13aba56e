using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Web.Localization;

/// <summary>
/// The request's language (cookie <see cref="CookieName"/>; Vietnamese by default) and the words, numbers and dates
/// of the pages in it. Texts are keyed by their English wording (<see cref="PortalStrings"/>).
/// </summary>
public sealed class PortalText(IHttpContextAccessor http)
{
    public const string CookieName = "lang";

    public Language Language => Of(http.HttpContext?.Request.Cookies[CookieName]);

    public bool English => Language == Language.English;

    public CultureInfo Culture => ReportFormat.Culture(Language);

    /// <summary>The page's html lang attribute.</summary>
    public string HtmlLang => English ? "en" : "vi";

    public string this[string english] => English ? english : PortalStrings.Vietnamese.GetValueOrDefault(english, english);

    public static Language Of(string? cookie) => string.Equals(cookie, "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Vietnamese;

    /// <summary>A text with placeholders ({0}) filled in the page's culture.</summary>
    public string Format(string english, params object?[] args) => string.Format(Culture, this[english], args);

    public string Number(decimal value, int decimals = 0) => ReportFormat.Number(value, decimals, Language);

    public string Date(DateOnly date) => ReportFormat.Date(date, Language);

    /// <summary>An instant as the province's clock shows it (the calendar's time zone).</summary>
    public string Time(DateTimeOffset instant, ProvinceClock clock) => ReportFormat.Time(instant, clock, Language);

    public string Period(PeriodId period) => ReportFormat.PeriodName(period, Language);

    /// <summary>What a page says about a period typed wrong in its address or form, instead of showing another period.</summary>
    public string NotAPeriod(string typed) =>
        Format("'{0}' is not a period. Write 2026-05 or 5/2026 (month), 2026-Q2 or quý 2/2026 (quarter), 2026-H1 or 6 tháng đầu năm 2026 (half-year), 2026-9M (nine months) or 2026 (year), or choose one from the list.", typed);

    /// <summary>A province or group figure (a yes/no indicator's is a share in %).</summary>
    public string Value(Indicator indicator, decimal? value) => ReportFormat.Value(indicator, value, Language);

    /// <summary>A value as an agency submitted it (a yes/no answer reads Có/Không).</summary>
    public string Submitted(Indicator indicator, decimal? value) => ReportFormat.Submitted(indicator, value, Language);

    public string SubmittedUnit(Indicator indicator) => ReportFormat.SubmittedUnit(indicator, Language);

    /// <summary>"ước" / "est.", beside a value or figure built on estimates.</summary>
    public string EstimateWord => ReportFormat.EstimateWord(Language);

    /// <summary>"ước: 12/130 đơn vị" beside a figure built on estimates; empty for one with none.</summary>
    public string EstimateMark(Reporting.Core.Aggregation.Figure figure) => ReportFormat.EstimateMark(figure, Language);

    /// <summary>A version as estimate ("ước") or final ("chính thức").</summary>
    public string VersionKind(Reporting.Core.Submissions.SubmissionInfo version) => ReportFormat.VersionKind(version, Language);
}
