using Reporting.Core.Catalog;

namespace Reporting.Core.Tests;

public class FormulaTests
{
    private static readonly Dictionary<string, decimal?> Values = new(StringComparer.Ordinal)
    {
        ["A"] = 30,
        ["B"] = 70,
        ["ZERO"] = 0,
        ["EMPTY"] = null,
        ["REC.ONLINE"] = 300,
        ["REC.DIRECT"] = 700,
    };

    [Theory]
    [InlineData("2 + 3 * 4", "14")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("10 - 2 - 3", "5")]
    [InlineData("8 / 2 / 2", "2")]
    [InlineData("2 * (3 + (4 - 1)) / 4", "3")]
    [InlineData("1.5 * A", "45")]
    [InlineData("A / (A + B) * 100", "30")]
    [InlineData("REC.ONLINE / (REC.ONLINE + REC.DIRECT) * 100", "30")]
    [InlineData("  A+B  ", "100")]
    public void Evaluate_FollowsPrecedenceAndParentheses(string text, string expected)
    {
        var value = Formula.Parse(text).Evaluate(c => Values[c]);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("A / ZERO")]
    [InlineData("A / (B - B)")]
    [InlineData("A / (ZERO * B) * 100")]
    public void Evaluate_DivisionByZero_IsNull(string text)
    {
        Assert.Null(Formula.Parse(text).Evaluate(c => Values[c]));
    }

    [Theory]
    [InlineData("A + EMPTY")]
    [InlineData("EMPTY / A * 100")]
    [InlineData("A / (A + EMPTY)")]
    public void Evaluate_MissingOperand_IsNull(string text)
    {
        Assert.Null(Formula.Parse(text).Evaluate(c => Values[c]));
    }

    [Fact]
    public void Codes_ListsEachCodeOnce_InOrderOfAppearance()
    {
        Assert.Equal(["REC.ONLINE", "REC.DIRECT"], Formula.Parse("REC.ONLINE / (REC.ONLINE + REC.DIRECT) * 100").Codes);
    }

    [Theory]
    [InlineData("A +", "expected a number, an indicator code or '(' at position 4")]
    [InlineData("(A + B", "missing ')' at position 7")]
    [InlineData("A B", "unexpected character at position 3")]
    [InlineData("", "expected a number, an indicator code or '(' at position 1")]
    [InlineData("a + b", "expected a number, an indicator code or '(' at position 1")]
    [InlineData("A ^ 2", "unexpected character at position 3")]
    [InlineData("-A", "expected a number, an indicator code or '(' at position 1")]
    public void Parse_RejectsMalformedFormulas_WithThePosition(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Formula.Parse(text));

        Assert.Equal($"Formula '{text}': {expected}", error.Message);
    }
}
