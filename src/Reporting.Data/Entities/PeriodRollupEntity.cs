namespace Reporting.Data.Entities;

/// <summary>
/// One agency's roll-up of one indicator over a quarter, half-year, nine months or year, kept up to date as submissions
/// are stored (see <see cref="PeriodRollupStore"/> and Core's <c>PeriodRollup</c>, the rule it stores).
/// </summary>
public sealed class PeriodRollupEntity
{
    /// <summary>Period id as text, e.g. 2026-Q1.</summary>
    public required string Period { get; set; }

    public required string IndicatorCode { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>The sum of the period's values (flows), stored as a <see cref="StoredFigure"/>.</summary>
    public decimal Sum { get; set; }

    /// <summary>The value of the latest month reported (stocks), stored as a <see cref="StoredFigure"/>.</summary>
    public decimal Latest { get; set; }

    /// <summary>The latest month reported, as <c>YearMonth.Index</c>.</summary>
    public int LatestMonth { get; set; }

    public long LatestSubmissionId { get; set; }

    public int CoveredMonths { get; set; }

    public int ValueCount { get; set; }

    /// <summary>How many of the values summed are estimates (Core's <c>PeriodRollup.EstimateCount</c>).</summary>
    public int EstimateCount { get; set; }

    /// <summary>Whether the latest value is an estimate (Core's <c>PeriodRollup.LatestIsEstimate</c>).</summary>
    public bool LatestIsEstimate { get; set; }
}
