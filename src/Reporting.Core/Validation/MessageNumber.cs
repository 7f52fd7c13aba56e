using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;

namespace Reporting.Core.Validation;

/// <summary>Numbers in validation messages: thousands separated, decimals only when there are any, per language.</summary>
internal static class MessageNumber
{
    public static string Format(decimal value) => value.ToString("#,##0.##########", CultureInfo.InvariantCulture);

    /// <summary>1.234.567,5: the grouping and decimal marks agency staff type.</summary>
    public static string FormatVi(decimal value) => value.ToString("#,##0.##########", ReportFormat.Culture(Language.Vietnamese));
}
