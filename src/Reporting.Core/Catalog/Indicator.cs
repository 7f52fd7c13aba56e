namespace Reporting.Core.Catalog;

/// <summary>One indicator (chỉ tiêu) of the catalog with its rules.</summary>
public sealed record Indicator
{
    public required string Code { get; init; }

    public required string NameVi { get; init; }

    public required string NameEn { get; init; }

    public required string UnitVi { get; init; }

    public required string UnitEn { get; init; }

    public required string Group { get; init; }

    public required ValueKind Kind { get; init; }

    public TimeRule OverTime { get; init; } = TimeRule.Flow;

    public AgencyRule OverAgencies { get; init; } = AgencyRule.Sum;

    /// <summary>Agency groups that report it; empty for derived indicators.</summary>
    public IReadOnlyList<string> ReportedBy { get; init; } = [];

    /// <summary>Decimals a submitted value may carry.</summary>
    public int Decimals { get; init; }

    /// <summary>Largest plausible value one agency submits for one month or quarter.</summary>
    public decimal? Max { get; init; }

    public bool Headline { get; init; }

    public bool HigherIsBetter { get; init; } = true;

    /// <summary>For derived indicators: computed after aggregation from other indicators.</summary>
    public Formula? Formula { get; init; }

    /// <summary>The whole this value may not exceed.</summary>
    public string? PartOf { get; init; }

    /// <summary>Components that must add up to this total.</summary>
    public IReadOnlyList<string>? SumOf { get; init; }

    public IReadOnlyDictionary<int, decimal> Targets { get; init; } = new Dictionary<int, decimal>();

    public bool IsDerived => Formula is not null;

    /// <summary>Rates (and shares of yes answers) are compared in percentage points.</summary>
    public bool IsRate => Kind is ValueKind.Rate || OverAgencies is AgencyRule.ShareYes;

    public string Name(Language language) => language == Language.English ? NameEn : NameVi;

    public string Unit(Language language) => language == Language.English ? UnitEn : UnitVi;

    public decimal? TargetFor(int year) => Targets.TryGetValue(year, out var target) ? target : null;
}
