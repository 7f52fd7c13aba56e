using Reporting.Core.Periods;

namespace Reporting.Core.Agencies;

/// <summary>How often an agency submits: each submission covers one such period.</summary>
public enum ReportingFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
}

/// <summary>Names and period kinds of <see cref="ReportingFrequency"/>.</summary>
public static class ReportingFrequencies
{
    public static string ToText(this ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "monthly",
        ReportingFrequency.Quarterly => "quarterly",
        _ => "half-yearly",
    };

    public static string ToTextVi(this ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "hằng tháng",
        ReportingFrequency.Quarterly => "hằng quý",
        _ => "6 tháng một lần",
    };

    public static ReportingFrequency Parse(string text) => text switch
    {
        "monthly" => ReportingFrequency.Monthly,
        "quarterly" => ReportingFrequency.Quarterly,
        "half-yearly" => ReportingFrequency.HalfYearly,
        _ => throw new FormatException($"'{text}' is not a reporting frequency (monthly, quarterly or half-yearly)"),
    };

    public static PeriodKind PeriodKind(this ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => Periods.PeriodKind.Month,
        ReportingFrequency.Quarterly => Periods.PeriodKind.Quarter,
        _ => Periods.PeriodKind.HalfYear,
    };
}
