using Reporting.Core.Periods;

namespace Reporting.Word;

/// <summary>The period whose tasks a report sets out: what follows the reported one until the next report of its kind.</summary>
internal static class ReportPeriods
{
    /// <summary>
    /// After a month the next month, after a quarter the next quarter, after the first half the second; after nine months
    /// the fourth quarter (the rest of the year); after a year, or its second half, the next year's first.
    /// </summary>
    public static PeriodId Following(PeriodId period) => period.Kind switch
    {
        PeriodKind.Month => PeriodId.ForMonth(period.LastMonth.AddMonths(1)),
        PeriodKind.Quarter => period.Index < 4 ? period with { Index = period.Index + 1 } : new PeriodId(PeriodKind.Quarter, period.Year + 1, 1),
        PeriodKind.HalfYear => period.Index == 1 ? period with { Index = 2 } : new PeriodId(PeriodKind.HalfYear, period.Year + 1, 1),
        PeriodKind.NineMonths => new PeriodId(PeriodKind.Quarter, period.Year, 4),
        _ => period with { Year = period.Year + 1 },
    };
}
