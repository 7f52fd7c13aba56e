using Reporting.Core.Agencies;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Completeness;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Core.Reports;

/// <summary>
/// Everything the Excel workbook and the PDF summary show for one period. Both are written from this one
/// model, so their numbers cannot differ.
/// </summary>
/// <param name="Trend">The last periods of the same kind, oldest first, ending with the report's period: province figures only.</param>
/// <param name="Missing">Agencies that have not submitted everything they owe for the period.</param>
/// <param name="Submissions">The current submissions the period's figures were computed from.</param>
/// <param name="IssuedOn">The date printed as the date of issue: the province's date when the report was made.</param>
/// <param name="NewestReceivedOn">The province's date the newest of <paramref name="Submissions"/> arrived; null without submissions.</param>
/// <param name="Traced">The values behind the figures, when the figures were aggregated without them (stored roll-ups).</param>
/// <param name="Timeliness">
/// Each agency's owed submissions against their deadlines (<see cref="CompletenessCheck"/>), as of the date of issue;
/// null when the model was built without the calendar, and then no report says who was late.
/// </param>
public sealed record ReportModel(
    IndicatorCatalog Catalog,
    AgencyDirectory Directory,
    PeriodSummary Summary,
    IReadOnlyList<PeriodAggregate> Trend,
    IReadOnlyList<MissingSubmission> Missing,
    IReadOnlyList<SubmissionInfo> Submissions,
    DateOnly IssuedOn,
    DateOnly? NewestReceivedOn,
    Language Language,
    TracedValues? Traced = null,
    IReadOnlyList<AgencyCompleteness>? Timeliness = null)
{
    public Province Province => Directory.Province;

    /// <summary>The values behind the province figures of both periods, as the data sheet lists them.</summary>
    public TracedValues DataValues() => Traced ?? TracedValues.FromSources(Catalog, Summary);
}
