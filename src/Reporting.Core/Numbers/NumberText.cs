using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Validation;

namespace Reporting.Core.Numbers;

/// <summary>
/// Reads numbers the way people type them in Vietnamese and English: <c>1.234.567</c>, <c>1,234,567</c>,
/// <c>1 234 567</c>, <c>96,5</c>, <c>96%</c>. A value that could mean two things is rejected, never guessed.
/// </summary>
public static class NumberText
{
    private static readonly string[] Yes = ["1", "có", "co", "yes", "y", "x"];
    private static readonly string[] No = ["0", "không", "khong", "no", "n"];

    private static readonly IssueText NotANumber = new("is not a number", "không phải là số");

    private static readonly IssueText NotGroupedByThousands = new("is not a number: digits are not grouped by thousands", "không phải số: các chữ số không được nhóm theo hàng nghìn");

    /// <summary>Parses <paramref name="text"/> for an indicator of <paramref name="kind"/> allowing <paramref name="decimals"/> decimals.</summary>
    public static bool TryParse(string? text, ValueKind kind, int decimals, out decimal value, [NotNullWhen(false)] out string? error)
    {
        var ok = TryRead(text, kind, decimals, out value, out var problem);
        error = ok ? null : problem.English;
        return ok;
    }

    /// <summary>As <see cref="TryParse"/>, saying what is wrong in both languages.</summary>
    public static bool TryRead(string? text, ValueKind kind, int decimals, out decimal value, out IssueText error)
    {
        value = 0;
        var trimmed = InvisibleCharacters.Remove(text ?? string.Empty).Trim();
        if (kind == ValueKind.YesNo)
        {
            return TryParseYesNo(trimmed, out value, out error);
        }

        var isPercent = trimmed.EndsWith('%');
        if (isPercent)
        {
            if (kind != ValueKind.Rate)
            {
                error = new($"'{text}' is a percentage, but this indicator is not a rate", $"'{text}' là tỷ lệ phần trăm, nhưng chỉ tiêu này không phải tỷ lệ");
                return false;
            }

            trimmed = trimmed[..^1].TrimEnd();
        }

        if (!TryParseNumber(trimmed, decimals > 0, out value, out error))
        {
            error = new($"'{text}' {error.English}", $"'{text}' {error.Vietnamese}");
            return false;
        }

        return CheckDecimals(value, decimals, out error);
    }

    /// <summary>Checks a value read as a number (e.g. a numeric Excel cell) against the decimals allowed.</summary>
    public static bool CheckDecimals(decimal value, int decimals, out IssueText error)
    {
        // Dividing by 1.000… drops trailing zeros, so 12.50 counts as one decimal.
        var normalized = value / 1.000000000000000000000000000000000m;
        if (normalized.Scale > decimals)
        {
            var shown = value.ToString(CultureInfo.InvariantCulture);
            var shownVi = value.ToString(ReportFormat.Culture(Language.Vietnamese));
            error = decimals == 0
                ? new($"{shown} is not a whole number", $"{shownVi} không phải số nguyên")
                : new($"{shown} has more than {decimals} decimals", $"{shownVi} có quá {decimals} chữ số thập phân");
            return false;
        }

        error = default;
        return true;
    }

    private static bool TryParseYesNo(string text, out decimal value, out IssueText error)
    {
        // Some Vietnamese keyboards type "Có" decomposed (o + combining acute); compare in composed form.
        var lower = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        value = Yes.Contains(lower, StringComparer.Ordinal) ? 1 : 0;
        if (Yes.Contains(lower, StringComparer.Ordinal) || No.Contains(lower, StringComparer.Ordinal))
        {
            error = default;
            return true;
        }

        error = new($"'{text}' is not yes or no (use 1/0, Có/Không or Yes/No)", $"'{text}' không phải có/không (ghi 1/0, Có/Không hoặc Yes/No)");
        return false;
    }

    private static bool TryParseNumber(string text, bool decimalsAllowed, out decimal value, out IssueText error)
    {
        value = 0;
        var negative = text.StartsWith('-');
        var spaced = (negative ? text[1..] : text).Replace('\u00A0', ' ').Trim();
        var body = spaced.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (body.Length == 0 || body.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != ','))
        {
            error = NotANumber;
            return false;
        }

        if (!SpacesSeparateThousands(spaced))
        {
            // "12 34" is a typo, not 1234.
            error = NotGroupedByThousands;
            return false;
        }

        if (!char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1]))
        {
            error = NotANumber;
            return false;
        }

        var lastDot = body.LastIndexOf('.');
        var lastComma = body.LastIndexOf(',');
        string integerPart;
        string fraction;
        char? thousands;
        if (lastDot >= 0 && lastComma >= 0)
        {
            // Both marks: the last one is the decimal mark (1.234,5 or 1,234.5).
            var decimalMark = lastDot > lastComma ? '.' : ',';
            thousands = decimalMark == '.' ? ',' : '.';
            var at = body.LastIndexOf(decimalMark);
            if (body.IndexOf(decimalMark, StringComparison.Ordinal) != at)
            {
                error = new("is not a number: the decimal mark appears twice", "không phải số: dấu thập phân xuất hiện hai lần");
                return false;
            }

            integerPart = body[..at];
            fraction = body[(at + 1)..];
        }
        else if (lastDot < 0 && lastComma < 0)
        {
            integerPart = body;
            fraction = string.Empty;
            thousands = null;
        }
        else
        {
            var mark = lastDot >= 0 ? '.' : ',';
            var count = body.Count(c => c == mark);
            var afterLast = body.Length - body.LastIndexOf(mark) - 1;
            if (count > 1)
            {
                // 1.234.567: repeated marks can only separate thousands.
                integerPart = body;
                fraction = string.Empty;
                thousands = mark;
            }
            else if (afterLast != 3 || body.StartsWith("0" + mark, StringComparison.Ordinal))
            {
                // 96,5 or 0.125: not three digits after a single mark, so it is a decimal mark.
                integerPart = body[..body.IndexOf(mark, StringComparison.Ordinal)];
                fraction = body[(body.IndexOf(mark, StringComparison.Ordinal) + 1)..];
                thousands = null;
            }
            else if (!decimalsAllowed)
            {
                // 1.234 for a count: whole numbers only, so the mark separates thousands.
                integerPart = body;
                fraction = string.Empty;
                thousands = mark;
            }
            else
            {
                error = new(
                    $"is ambiguous: it could be {body[..^4]} thousand {body[^3..]} or {body[..^4]} point {body[^3..]}; write it without the separator or with two decimals",
                    $"không rõ nghĩa: có thể là {body[..^4]} nghìn {body[^3..]} hoặc {body[..^4]} phẩy {body[^3..]}; hãy viết không có dấu phân cách hoặc với hai chữ số thập phân");
                return false;
            }
        }

        if (!TryReadInteger(integerPart, thousands, out var digits))
        {
            error = thousands is null ? NotANumber : NotGroupedByThousands;
            return false;
        }

        if (fraction.Any(c => !char.IsAsciiDigit(c)))
        {
            error = NotANumber;
            return false;
        }

        var invariant = fraction.Length > 0 ? digits + "." + fraction : digits;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = new("is too large", "quá lớn");
            return false;
        }

        value = negative ? -value : value;
        error = default;
        return true;
    }

    /// <summary>True when every space stands between a digit and a group of exactly three digits.</summary>
    private static bool SpacesSeparateThousands(string text)
    {
        for (var i = text.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = text.IndexOf(' ', i + 1))
        {
            var hasGroup = i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 4 <= text.Length && AllAsciiDigits(text.AsSpan(i + 1, 3));
            if (!hasGroup || (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadInteger(string part, char? thousands, out string digits)
    {
        digits = part;
        if (thousands is null)
        {
            return part.All(char.IsAsciiDigit);
        }

        var groups = part.Split(thousands.Value);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || groups.Any(g => !g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        digits = string.Concat(groups);
        return true;
    }
}
