using System.Globalization;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Summary;

namespace Reporting.Core.Reports;

/// <summary>
/// How numbers, changes and periods read in reports: Vietnamese (1.234,5) or English (1,234.5).
/// Shared by the workbook and the PDF so both say the same thing the same way.
/// </summary>
public static class ReportFormat
{
    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.English ? "en-US" : "vi-VN");

    /// <summary>A value with the indicator's decimals (rates with two); "-" when not reported.</summary>
    public static string Value(Indicator indicator, decimal? value, Language language)
    {
        if (value is not { } v)
        {
            return "-";
        }

        var decimals = indicator.IsDerived || indicator.IsRate ? SummaryBuilder.RateDecimals : indicator.Decimals;
        return Number(Math.Round(v, decimals, MidpointRounding.AwayFromZero), decimals, language);
    }

    /// <summary>
    /// A group's or agency's figure in a table: its value; "-" where agencies owe it but none reported; empty where none
    /// owes it (a group that does not report it, a derived rate whose parts come from other groups).
    /// </summary>
    public static string TableFigure(Indicator indicator, Figure figure, Language language) =>
        figure.Value is null && !IsOwed(indicator, figure) ? string.Empty : Value(indicator, SummaryBuilder.Shown(indicator, figure.Value), language);

    /// <summary>Whether agencies owe the figure itself (a derived figure is computed, never owed), so a missing one shows "-".</summary>
    public static bool IsOwed(Indicator indicator, Figure figure) => figure.Expected > 0 && !indicator.IsDerived;

    /// <summary>A yes/no answer: "Có"/"Không" (Vietnamese), "Yes"/"No" (English).</summary>
    public static string YesNo(bool yes, Language language) =>
        language == Language.English ? (yes ? "Yes" : "No") : (yes ? "Có" : "Không");

    /// <summary>
    /// A value as an agency submitted it: a yes/no answer (1 or 0) reads Có/Không, never "1,00 %"; others as
    /// <see cref="Value"/>. Province and group figures of a yes/no indicator are shares in %: <see cref="Value"/>.
    /// </summary>
    public static string Submitted(Indicator indicator, decimal? value, Language language) =>
        indicator.Kind == ValueKind.YesNo && value is 0m or 1m ? YesNo(value == 1m, language) : Value(indicator, value, language);

    /// <summary>The unit beside a submitted value: none for a yes/no answer (its "%" is the unit of the province's share).</summary>
    public static string SubmittedUnit(Indicator indicator, Language language) =>
        indicator.Kind == ValueKind.YesNo ? string.Empty : indicator.Unit(language);

    /// <summary>
    /// An agency's figure: for a yes/no indicator the agency's own answer reads Có/Không (as a share of yes it is 100 or 0);
    /// a successor carrying the answers of several merged agencies shows their share in %. Others as <see cref="Value"/>.
    /// </summary>
    public static string AgencyFigure(Indicator indicator, decimal? value, Language language) =>
        indicator.Kind == ValueKind.YesNo && value is { } v && (v == 0m || v == AgencyYes(indicator)) ? YesNo(v != 0m, language) : Value(indicator, value, language);

    /// <summary>What an agency's figure of a yes/no indicator is when the agency said yes: 100 as a share of yes, else its 1.</summary>
    public static decimal AgencyYes(Indicator indicator) => indicator.OverAgencies == AgencyRule.ShareYes ? 100m : 1m;

    /// <summary>The short mark beside a figure built on estimates: "ước" (Vietnamese), "est." (English).</summary>
    public static string EstimateWord(Language language) => language == Language.English ? "est." : "ước";

    /// <summary>What a version with no estimate is: "chính thức" (Vietnamese), "final" (English).</summary>
    public static string FinalWord(Language language) => language == Language.English ? "final" : "chính thức";

    /// <summary>
    /// The mark beside a figure built on estimates, with how many agencies' values are estimates out of those that
    /// reported (<see cref="Figure.EstimatedAmong"/>): "ước: 12/130 đơn vị", "est.: 12/130 agencies"; empty for a figure with no estimate.
    /// </summary>
    public static string EstimateMark(Figure figure, Language language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!figure.IsEstimate)
        {
            return string.Empty;
        }

        var counts = figure.Estimated.ToString(Culture(language)) + "/" + Math.Max(figure.EstimatedAmong, figure.Estimated).ToString(Culture(language));
        return EstimateWord(language) + ": " + counts + (language == Language.English ? " agencies" : " đơn vị");
    }

    /// <summary>A version as estimate or final: "ước"/"chính thức", "estimate"/"final"; partly estimated: "ước: 3 giá trị".</summary>
    public static string VersionKind(Submissions.SubmissionInfo version, Language language)
    {
        ArgumentNullException.ThrowIfNull(version);
        var en = language == Language.English;
        if (version.IsEstimate)
        {
            return en ? "estimate" : "ước";
        }

        return version.EstimateCount > 0
            ? (en ? "estimate: " : "ước: ") + version.EstimateCount.ToString(Culture(language)) + (en ? " value(s)" : " giá trị")
            : FinalWord(language);
    }

    /// <summary>A number with the given decimals in the report's language.</summary>
    public static string Number(decimal value, int decimals, Language language) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture(language));

    /// <summary>The change as "+18,4%" or "-2,35 điểm %"; "-" when there is nothing to compare with.</summary>
    public static string Change(SummaryRow row, Language language)
    {
        if (row.Change is not { } change)
        {
            return "-";
        }

        var sign = change > 0 ? "+" : string.Empty;
        return row.ChangeUnit == ChangeUnit.PercentagePoints
            ? sign + Number(change, 2, language) + (language == Language.English ? " pp" : " điểm %")
            : sign + Number(change, 1, language) + "%";
    }

    /// <summary>"6 tháng đầu năm 2026" / "first half of 2026", and so on for every period kind.</summary>
    public static string PeriodName(PeriodId period, Language language)
    {
        var en = language == Language.English;
        return period.Kind switch
        {
            PeriodKind.Month => en ? new DateOnly(period.Year, period.Index, 1).ToString("MMMM yyyy", Culture(language)) : $"tháng {period.Index}/{period.Year}",
            PeriodKind.Quarter => en ? $"Q{period.Index} {period.Year}" : $"quý {Roman(period.Index)} năm {period.Year}",
            PeriodKind.HalfYear when period.Index == 1 => en ? $"first half of {period.Year}" : $"6 tháng đầu năm {period.Year}",
            PeriodKind.HalfYear => en ? $"second half of {period.Year}" : $"6 tháng cuối năm {period.Year}",
            PeriodKind.NineMonths => en ? $"first nine months of {period.Year}" : $"9 tháng đầu năm {period.Year}",
            _ => en ? $"year {period.Year}" : $"năm {period.Year}",
        };
    }

    /// <summary>An instant as the province's clock shows it: "05/12/2026 20:14" (Vietnamese) or "2026-12-05 20:14" (English).</summary>
    public static string Time(DateTimeOffset instant, ProvinceClock clock, Language language) =>
        clock.InProvince(instant).ToString(language == Language.English ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm", Culture(language));

    /// <summary>A date as "25/11/2026" (Vietnamese) or "25 November 2026" (English).</summary>
    public static string Date(DateOnly date, Language language) =>
        date.ToString(language == Language.English ? "d MMMM yyyy" : "dd/MM/yyyy", Culture(language));

    /// <summary>
    /// The date of an administrative document (Decree 30/2020/NĐ-CP): "ngày 05 tháng 02 năm 2027", "ngày 15 tháng 12
    /// năm 2026", "ngày 05 tháng 6 năm 2026"; in English "5 February 2027". The decree writes a day below 10 and the
    /// months January and February with a leading zero, so that no digit can be put in front of them afterwards.
    /// </summary>
    public static string DocumentDate(DateOnly date, Language language)
    {
        if (language == Language.English)
        {
            return date.ToString("d MMMM yyyy", Culture(language));
        }

        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
