using System.Globalization;

namespace Reporting.Core.Validation;

/// <summary>Numbers in validation messages: English, thousands separated, decimals only when there are any.</summary>
internal static class MessageNumber
{
    public static string Format(decimal value) => value.ToString("#,##0.##########", CultureInfo.InvariantCulture);
}
