using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Core.Periods;

/// <summary>
/// A period as people type it, in Vietnamese or English, besides the <see cref="PeriodId"/> form: "6/2026", "T6/2026",
/// "tháng 6/2026", "June 2026"; "quý II năm 2026", "Q2/2026"; "6 tháng đầu năm 2026", "H1/2026", "first half of 2026";
/// "9 tháng đầu năm 2026"; "năm 2026"; any case, with or without Vietnamese marks. Every name the reports print
/// (<c>ReportFormat.PeriodName</c>) reads back as its period, so a period copied from a report can be asked for.
/// Stored data and file names keep the strict <see cref="PeriodId"/> form.
/// </summary>
public static partial class PeriodText
{
    public const string FormatHelp = "write 2026-06 or 6/2026 (month), 2026-Q2 or quý 2/2026 (quarter), 2026-H1 or 6 tháng đầu năm 2026 (half-year), 2026-9M (January to September) or 2026 (year)";

    public const string FormatHelpVi = "hãy ghi 2026-06 hoặc 6/2026 (tháng), 2026-Q2 hoặc quý 2/2026 (quý), 2026-H1 hoặc 6 tháng đầu năm 2026 (6 tháng), 2026-9M (9 tháng đầu năm) hoặc 2026 (năm)";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static PeriodId Read(string text) =>
        TryRead(text, out var period, out var error) ? period : throw new FormatException(error);

    /// <summary>Reads <paramref name="text"/> as a period; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryRead(string? text, out PeriodId period, [NotNullWhen(false)] out string? error)
    {
        var plain = Plain(text ?? string.Empty);
        var canonical = Canonical(plain) ?? plain.ToUpperInvariant();

        // The strict form checks the ranges: month 13, quarter 5 or year 1999 are refused.
        if (PeriodId.TryParse(canonical, out period, out var strictError))
        {
            error = null;
            return true;
        }

        error = strictError.StartsWith($"'{canonical}': year", StringComparison.Ordinal)
            ? $"'{text}'{strictError[(canonical.Length + 2)..]}"
            : $"'{text}' is not a period: {FormatHelp}";
        return false;
    }

    /// <summary>The <see cref="PeriodId"/> form of a period written another way; null when it is none of them.</summary>
    private static string? Canonical(string plain)
    {
        if (MonthPattern().Match(plain) is { Success: true } month)
        {
            return $"{month.Groups["year"].Value}-{Two(month.Groups["month"].Value)}";
        }

        if (YearFirstMonthPattern().Match(plain) is { Success: true } yearFirst)
        {
            return $"{yearFirst.Groups["year"].Value}-{Two(yearFirst.Groups["month"].Value)}";
        }

        // An English month's name, or its first three letters or more ("jun", "sept").
        if (MonthNamePattern().Match(plain) is { Success: true } named && named.Groups["name"].Value is { Length: >= 3 } name
            && Array.FindIndex(MonthNames, n => n.StartsWith(name, StringComparison.Ordinal)) is >= 0 and var index)
        {
            return $"{named.Groups["year"].Value}-{index + 1:00}";
        }

        if (QuarterPattern().Match(plain) is { Success: true } quarter)
        {
            return $"{quarter.Groups["year"].Value}-Q{Number(quarter.Groups["q"].Value)}";
        }

        if (HalfPattern().Match(plain) is { Success: true } half)
        {
            return $"{half.Groups["year"].Value}-H{half.Groups["h"].Value}";
        }

        if (NamedHalfPattern().Match(plain) is { Success: true } namedHalf)
        {
            var second = namedHalf.Groups["which"].Value is "cuoi" or "second";
            return $"{namedHalf.Groups["year"].Value}-H{(second ? 2 : 1)}";
        }

        if (NineMonthsPattern().Match(plain) is { Success: true } nine)
        {
            return $"{nine.Groups["year"].Value}-9M";
        }

        return YearPattern().Match(plain) is { Success: true } year ? year.Groups["year"].Value : null;
    }

    /// <summary>Lower case, without Vietnamese marks (đ as d), single spaces, no spaces around a slash or dash.</summary>
    private static string Plain(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c == 'đ' ? 'd' : c);
            }
        }

        return Spaces().Replace(AroundSeparators().Replace(plain.ToString(), "$1"), " ");
    }

    private static string Two(string digits) => digits.PadLeft(2, '0');

    /// <summary>A quarter's number, in digits or Roman numerals as Vietnamese documents write it.</summary>
    private static int Number(string text) => text switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => int.Parse(text, CultureInfo.InvariantCulture),
    };

    // 6/2026, 06-2026, t6/2026, thang 6/2026, thang 6 nam 2026, thang 06.2026
    [GeneratedRegex(@"^(?:(?:thang|t)\s?)?(?<month>\d{1,2})(?:[/.-]|\s(?:nam\s)?)(?<year>\d{4})$")]
    private static partial Regex MonthPattern();

    // 2026/6, 2026-6, 2026.06
    [GeneratedRegex(@"^(?<year>\d{4})[/.-](?<month>\d{1,2})$")]
    private static partial Regex YearFirstMonthPattern();

    // june 2026, jun 2026, june of 2026
    [GeneratedRegex(@"^(?<name>[a-z]+),?\s(?:of\s)?(?<year>\d{4})$")]
    private static partial Regex MonthNamePattern();

    // q2/2026, q2 2026, quy 2/2026, quy ii nam 2026, quarter 2 2026, 2026 q2, 2026/q2
    [GeneratedRegex(@"^(?:(?:quy|quarter|q)\s?(?<q>[1-9]|i{1,3}|iv)(?:[/.-]|\s(?:nam\s|of\s)?)(?<year>\d{4})|(?<year>\d{4})[/.\s-]q(?<q>[1-9]))$")]
    private static partial Regex QuarterPattern();

    // h1/2026, h1 2026, 2026 h1, 2026/h2
    [GeneratedRegex(@"^(?:h(?<h>[1-9])(?:[/.-]|\s(?:nam\s)?)(?<year>\d{4})|(?<year>\d{4})[/.\s-]h(?<h>[1-9]))$")]
    private static partial Regex HalfPattern();

    // 6 thang dau nam 2026, sau thang cuoi nam 2026, first half of 2026, second half 2026
    [GeneratedRegex(@"^(?:(?:6|sau)\sthang\s(?<which>dau|cuoi)\s(?:nam\s)?(?<year>\d{4})|(?<which>first|second)\shalf\s(?:of\s)?(?:year\s)?(?<year>\d{4}))$")]
    private static partial Regex NamedHalfPattern();

    // 9 thang dau nam 2026, 9 thang 2026, first nine months of 2026, 9m/2026, 2026 9m
    [GeneratedRegex(@"^(?:(?:9|chin)\sthang\s(?:dau\s)?(?:nam\s)?(?<year>\d{4})|(?:first\s)?nine\smonths\s(?:of\s)?(?<year>\d{4})|9m[/.\s-](?<year>\d{4})|(?<year>\d{4})[/.\s]9m)$")]
    private static partial Regex NineMonthsPattern();

    // nam 2026, year 2026
    [GeneratedRegex(@"^(?:nam|year)\s(?<year>\d{4})$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*([/.-])\s*")]
    private static partial Regex AroundSeparators();
}
