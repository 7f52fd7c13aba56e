using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Core.Periods;

/// <summary>
/// A reporting period: <c>2024-06</c>, <c>2024-Q2</c>, <c>2024-H1</c>, <c>2024-9M</c> or <c>2024</c>.
/// </summary>
public readonly partial record struct PeriodId(PeriodKind Kind, int Year, int Index) : IComparable<PeriodId>
{
    public const string FormatHelp = "expected YYYY-MM (month), YYYY-Qn (quarter), YYYY-H1 or YYYY-H2 (half-year), YYYY-9M (January to September) or YYYY (year)";

    public const string FormatHelpVi = "cần ghi dạng YYYY-MM (tháng), YYYY-Qn (quý), YYYY-H1 hoặc YYYY-H2 (6 tháng), YYYY-9M (9 tháng đầu năm) hoặc YYYY (năm)";

    public static PeriodId ForMonth(YearMonth month) => new(PeriodKind.Month, month.Year, month.Month);

    public static PeriodId Parse(string text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    /// <summary>Parses strictly; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string? text, out PeriodId period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            error = $"'{text}' is not a period: {FormatHelp}";
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 2000 || year > 2100)
        {
            error = $"'{text}': year {year} is outside 2000-2100";
            return false;
        }

        var rest = match.Groups["rest"].Value;
        (PeriodKind kind, int index) = rest switch
        {
            "" => (PeriodKind.Year, 1),
            "9M" => (PeriodKind.NineMonths, 1),
            ['Q', var q] => (PeriodKind.Quarter, q - '0'),
            ['H', var h] => (PeriodKind.HalfYear, h - '0'),
            _ => (PeriodKind.Month, int.Parse(rest, CultureInfo.InvariantCulture)),
        };
        var max = kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, PeriodKind.HalfYear => 2, _ => 1 };
        if (index < 1 || index > max)
        {
            error = $"'{text}' is not a period: {FormatHelp}";
            return false;
        }

        period = new PeriodId(kind, year, index);
        error = null;
        return true;
    }

    public YearMonth FirstMonth => new(Year, Kind switch
    {
        PeriodKind.Month => Index,
        PeriodKind.Quarter => ((Index - 1) * 3) + 1,
        PeriodKind.HalfYear => ((Index - 1) * 6) + 1,
        _ => 1,
    });

    public int MonthCount => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear => 6,
        PeriodKind.NineMonths => 9,
        _ => 12,
    };

    public YearMonth LastMonth => FirstMonth.AddMonths(MonthCount - 1);

    public IEnumerable<YearMonth> Months => Enumerable.Range(0, MonthCount).Select(FirstMonth.AddMonths);

    public bool Contains(YearMonth month) => month >= FirstMonth && month <= LastMonth;

    /// <summary>True when every month of <paramref name="other"/> lies inside this period.</summary>
    public bool Contains(PeriodId other) => other.FirstMonth >= FirstMonth && other.LastMonth <= LastMonth;

    /// <summary>The same period a year earlier ("cùng kỳ năm trước").</summary>
    public PeriodId SamePeriodLastYear => this with { Year = Year - 1 };

    /// <summary>The period of the same kind just before this one (9M's previous is last year's 9M).</summary>
    public PeriodId Previous => Kind switch
    {
        PeriodKind.Month => ForMonth(FirstMonth.AddMonths(-1)),
        PeriodKind.Quarter or PeriodKind.HalfYear => Index > 1
            ? this with { Index = Index - 1 }
            : new PeriodId(Kind, Year - 1, Kind == PeriodKind.Quarter ? 4 : 2),
        _ => this with { Year = Year - 1 },
    };

    /// <summary>The last <paramref name="count"/> periods of this kind, oldest first, ending with this one.</summary>
    public IReadOnlyList<PeriodId> Trend(int count)
    {
        var periods = new List<PeriodId> { this };
        while (periods.Count < count)
        {
            periods.Add(periods[^1].Previous);
        }

        periods.Reverse();
        return periods;
    }

    /// <summary>Every period of a year, in the order a list offers them: months, quarters, halves, nine months, the year.</summary>
    public static IReadOnlyList<PeriodId> OfYear(int year) =>
    [
        .. Enumerable.Range(1, 12).Select(m => new PeriodId(PeriodKind.Month, year, m)),
        .. Enumerable.Range(1, 4).Select(q => new PeriodId(PeriodKind.Quarter, year, q)),
        new PeriodId(PeriodKind.HalfYear, year, 1),
        new PeriodId(PeriodKind.HalfYear, year, 2),
        new PeriodId(PeriodKind.NineMonths, year, 1),
        new PeriodId(PeriodKind.Year, year, 1),
    ];

    /// <summary>
    /// The periods of the years from <paramref name="first"/>'s to <paramref name="last"/>'s that have begun by
    /// <paramref name="last"/>, newest year first: what a person may ask to see.
    /// </summary>
    public static IReadOnlyList<PeriodId> Between(YearMonth first, YearMonth last) =>
        Enumerable.Range(first.Year, Math.Max(0, last.Year - first.Year + 1)).Reverse()
            .SelectMany(OfYear)
            .Where(p => p.FirstMonth <= last)
            .ToList();

    public int CompareTo(PeriodId other)
    {
        var byEnd = LastMonth.CompareTo(other.LastMonth);
        return byEnd != 0 ? byEnd : other.MonthCount.CompareTo(MonthCount);
    }

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        PeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-9M"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    // [0-9] not \d: \d also matches non-ASCII digits, which int.Parse then throws on; \z not $: $ accepts a trailing newline.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<rest>0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
