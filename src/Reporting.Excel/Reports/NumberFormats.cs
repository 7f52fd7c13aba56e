using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Excel.Reports;

/// <summary>
/// Excel number formats of the report. Format codes are culture-neutral: Excel and LibreOffice show "1.234,5" or
/// "1,234.5" by the reader's locale, while the cell keeps the exact number.
/// </summary>
internal static class NumberFormats
{
    public const string Count = "#,##0";

    /// <summary>A relative change in percent, signed: +18.4 / -2.0.</summary>
    public const string ChangePercent = "+#,##0.0;-#,##0.0;0.0";

    /// <summary>A change in percentage points, signed with the rates' two decimals.</summary>
    public const string ChangePoints = "+#,##0.00;-#,##0.00;0.00";

    public const string Attainment = "#,##0.0";

    /// <summary>The indicator's own format: rates with two decimals, others with the decimals they are reported with.</summary>
    public static string For(Indicator indicator)
    {
        var decimals = indicator.IsDerived || indicator.IsRate ? SummaryBuilder.RateDecimals : indicator.Decimals;
        return decimals <= 0 ? Count : "#,##0." + new string('0', decimals);
    }

    /// <summary>
    /// A value as an agency submitted it: with the decimals the indicator is reported with; a yes/no answer keeps its 1
    /// or 0 in the cell and shows Có/Không (<see cref="ReportFormat.Submitted"/>).
    /// </summary>
    public static string Submitted(Indicator indicator, Language language) => indicator.Kind == ValueKind.YesNo
        ? YesNoFormat(1m, language, Count)
        : indicator.Decimals <= 0 ? Count : "#,##0." + new string('0', indicator.Decimals);

    /// <summary>
    /// An agency's figure: the indicator's format, and for a yes/no indicator the agency's answer (its share of 100 or 0)
    /// shown as Có/Không while the cell keeps the number; a successor's share of several answers stays a number
    /// (<see cref="ReportFormat.AgencyFigure"/>).
    /// </summary>
    public static string AgencyFigure(Indicator indicator, Language language) =>
        indicator.Kind == ValueKind.YesNo ? YesNoFormat(ReportFormat.AgencyYes(indicator), language, For(indicator)) : For(indicator);

    /// <summary>Excel's conditional sections: the yes value and 0 read as words, any other number in <paramref name="otherwise"/>.</summary>
    private static string YesNoFormat(decimal yesValue, Language language, string otherwise) =>
        string.Create(CultureInfo.InvariantCulture, $"[={yesValue}]\"{ReportFormat.YesNo(true, language)}\";[=0]\"{ReportFormat.YesNo(false, language)}\";{otherwise}");

    public static string For(ChangeUnit unit) => unit == ChangeUnit.PercentagePoints ? ChangePoints : ChangePercent;
}
