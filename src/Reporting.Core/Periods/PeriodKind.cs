namespace Reporting.Core.Periods;

/// <summary>The kinds of reporting period, from a month to a year.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    NineMonths,
    Year,
}
