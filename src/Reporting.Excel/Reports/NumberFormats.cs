using Reporting.Core.Catalog;
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

    /// <summary>A value as an agency submitted it: with the decimals the indicator is reported with (yes/no as 1 or 0).</summary>
    public static string Submitted(Indicator indicator) =>
        indicator.Decimals <= 0 ? Count : "#,##0." + new string('0', indicator.Decimals);

    public static string For(ChangeUnit unit) => unit == ChangeUnit.PercentagePoints ? ChangePoints : ChangePercent;
}
