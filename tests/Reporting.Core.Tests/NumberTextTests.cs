using Reporting.Core.Catalog;
using Reporting.Core.Numbers;

namespace Reporting.Core.Tests;

public class NumberTextTests
{
    [Theory]
    [InlineData("1.234.567", ValueKind.Count, 0, "1234567")]
    [InlineData("1,234,567", ValueKind.Count, 0, "1234567")]
    [InlineData("1 234 567", ValueKind.Count, 0, "1234567")]
    [InlineData("1\u00A0234\u00A0567", ValueKind.Count, 0, "1234567")]
    [InlineData("\u200B1.234\u200B", ValueKind.Count, 0, "1234")]
    [InlineData("96,5\uFEFF%", ValueKind.Rate, 2, "96.5")]
    [InlineData("1.234", ValueKind.Count, 0, "1234")]
    [InlineData("1,234", ValueKind.Count, 0, "1234")]
    [InlineData("  42  ", ValueKind.Count, 0, "42")]
    [InlineData("0", ValueKind.Count, 0, "0")]
    [InlineData("-15", ValueKind.Count, 0, "-15")]
    [InlineData("-1.500", ValueKind.Count, 0, "-1500")]
    [InlineData("1.234,5", ValueKind.Amount, 2, "1234.5")]
    [InlineData("1,234.5", ValueKind.Amount, 2, "1234.5")]
    [InlineData("1.234.567,89", ValueKind.Amount, 2, "1234567.89")]
    [InlineData("1,234,567.89", ValueKind.Amount, 2, "1234567.89")]
    [InlineData("1 234,5", ValueKind.Amount, 2, "1234.5")]
    [InlineData("96,5", ValueKind.Amount, 2, "96.5")]
    [InlineData("12,50", ValueKind.Amount, 1, "12.5")]
    [InlineData("0.125", ValueKind.Amount, 3, "0.125")]
    [InlineData("0,125", ValueKind.Amount, 3, "0.125")]
    [InlineData("1234.5", ValueKind.Amount, 2, "1234.5")]
    [InlineData("96%", ValueKind.Rate, 2, "96")]
    [InlineData("96,5%", ValueKind.Rate, 2, "96.5")]
    [InlineData("96.5 %", ValueKind.Rate, 2, "96.5")]
    [InlineData("100", ValueKind.Rate, 2, "100")]
    public void TryParse_ReadsVietnameseAndEnglishNumbers(string text, ValueKind kind, int decimals, string expected)
    {
        var ok = NumberText.TryParse(text, kind, decimals, out var value, out var error);

        Assert.True(ok, error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.234", ValueKind.Amount, 2, "is ambiguous: it could be 1 thousand 234 or 1 point 234")]
    [InlineData("12,345", ValueKind.Rate, 2, "is ambiguous: it could be 12 thousand 345 or 12 point 345")]
    [InlineData("96%", ValueKind.Count, 0, "is a percentage, but this indicator is not a rate")]
    [InlineData("abc", ValueKind.Count, 0, "'abc' is not a number")]
    [InlineData("12a", ValueKind.Count, 0, "'12a' is not a number")]
    [InlineData("", ValueKind.Count, 0, "is not a number")]
    [InlineData("   ", ValueKind.Count, 0, "is not a number")]
    [InlineData(".5", ValueKind.Amount, 2, "is not a number")]
    [InlineData("5.", ValueKind.Amount, 2, "is not a number")]
    [InlineData("--5", ValueKind.Count, 0, "is not a number")]
    [InlineData("=SUM(D1:D3)", ValueKind.Count, 0, "is not a number")]
    [InlineData("1,23,456", ValueKind.Count, 0, "digits are not grouped by thousands")]
    [InlineData("1.2.3,4", ValueKind.Amount, 2, "digits are not grouped by thousands")]
    [InlineData("12 34", ValueKind.Count, 0, "digits are not grouped by thousands")]
    [InlineData("1 2345", ValueKind.Count, 0, "digits are not grouped by thousands")]
    [InlineData("1.234,5,6", ValueKind.Amount, 2, "the decimal mark appears twice")]
    [InlineData("12,5", ValueKind.Count, 0, "12.5 is not a whole number")]
    [InlineData("1.23", ValueKind.Count, 0, "1.23 is not a whole number")]
    [InlineData("96,5555", ValueKind.Rate, 2, "96.5555 has more than 2 decimals")]
    [InlineData("0.125", ValueKind.Amount, 2, "0.125 has more than 2 decimals")]
    [InlineData("99999999999999999999999999999999", ValueKind.Count, 0, "is too large")]
    public void TryParse_RejectsWhatItCannotReadSafely_AndSaysWhy(string text, ValueKind kind, int decimals, string expectedError)
    {
        var ok = NumberText.TryParse(text, kind, decimals, out _, out var error);

        Assert.False(ok);
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    [InlineData("Có", 1)]
    [InlineData("có", 1)]
    [InlineData("CÓ", 1)]
    [InlineData("co", 1)]
    [InlineData("Co\u0301", 1)]
    [InlineData("Yes", 1)]
    [InlineData("Y", 1)]
    [InlineData("x", 1)]
    [InlineData(" yes ", 1)]
    [InlineData("Không", 0)]
    [InlineData("KHÔNG", 0)]
    [InlineData("khong", 0)]
    [InlineData("Kho\u0302ng", 0)]
    [InlineData("No", 0)]
    [InlineData("n", 0)]
    public void TryParse_ReadsYesNoInBothLanguages(string text, int expected)
    {
        var ok = NumberText.TryParse(text, ValueKind.YesNo, 0, out var value, out var error);

        Assert.True(ok, error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData("1,0")]
    public void TryParse_RejectsOtherYesNoAnswers(string text)
    {
        var ok = NumberText.TryParse(text, ValueKind.YesNo, 0, out _, out var error);

        Assert.False(ok);
        Assert.Equal($"'{text}' is not yes or no (use 1/0, Có/Không or Yes/No)", error);
    }

    [Theory]
    [InlineData("12.50", 1, true)]
    [InlineData("12.55", 1, false)]
    [InlineData("1234567", 0, true)]
    [InlineData("1234567.0", 0, true)]
    public void CheckDecimals_IgnoresTrailingZeros(string value, int decimals, bool expected)
    {
        var ok = NumberText.CheckDecimals(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals, out _);

        Assert.Equal(expected, ok);
    }
}
