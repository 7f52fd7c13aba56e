using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Core.Agencies;

/// <summary>A reporting unit (cơ quan, đơn vị): a department, a commune or ward, an enterprise.</summary>
public sealed record Agency
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    /// <summary>Agency group code: department, commune or enterprise.</summary>
    public required string Group { get; init; }

    public ReportingFrequency Frequency { get; init; } = ReportingFrequency.Monthly;

    /// <summary>Codes of the indicators it submits.</summary>
    public required IReadOnlyList<string> Indicators { get; init; }

    public DateOnly? ActiveFrom { get; init; }

    public DateOnly? ActiveUntil { get; init; }

    /// <summary>Agencies this one succeeds from <see cref="ActiveFrom"/> (merged communes, renamed departments).</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    public string? Contact { get; init; }

    /// <summary>Where reminders of owed submissions go (templates/agencies.json's optional "email").</summary>
    public string? Email { get; init; }

    /// <summary>The name in a report's language: the English name where one is given, else the Vietnamese one.</summary>
    public string NameIn(Language language) => language == Language.English ? NameEn ?? Name : Name;

    public bool IsActiveOn(DateOnly day) =>
        (ActiveFrom is null || ActiveFrom <= day) && (ActiveUntil is null || ActiveUntil >= day);

    /// <summary>True when the agency existed on any day of the period.</summary>
    public bool IsActiveDuring(PeriodId period) =>
        (ActiveFrom is null || ActiveFrom <= period.LastMonth.LastDay)
        && (ActiveUntil is null || ActiveUntil >= period.FirstMonth.FirstDay);

    public bool Reports(string indicatorCode) => Indicators.Contains(indicatorCode, StringComparer.Ordinal);

    /// <summary>The period a submission of this agency covering <paramref name="month"/> is for.</summary>
    public PeriodId SubmissionPeriodFor(YearMonth month) => Frequency switch
    {
        ReportingFrequency.Monthly => PeriodId.ForMonth(month),
        ReportingFrequency.Quarterly => new PeriodId(PeriodKind.Quarter, month.Year, ((month.Month - 1) / 3) + 1),
        _ => new PeriodId(PeriodKind.HalfYear, month.Year, ((month.Month - 1) / 6) + 1),
    };
}
