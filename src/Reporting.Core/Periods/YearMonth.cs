using System.Globalization;

namespace Reporting.Core.Periods;

/// <summary>A calendar month, the smallest unit figures are reported for.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>Months since year 0; makes month arithmetic a subtraction.</summary>
    public int Index => (Year * 12) + Month - 1;

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;

    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;

    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;

    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
