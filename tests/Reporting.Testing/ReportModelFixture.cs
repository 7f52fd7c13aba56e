using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Agencies;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Testing;

/// <summary>
/// A <see cref="ReportModel"/> of the repo's province from synthetic figures, for the report tests. It has the cases
/// reports must handle: agencies that did not submit (one department for the whole period, three communes and one
/// telecom enterprise for the period's last submission), an indicator with no figures last year
/// (<see cref="NewIndicator"/>), merged agencies whose earlier figures are carried, a corrected submission (version 2,
/// its first version on time), and two agencies whose last submission of the period arrived after its deadline under
/// <see cref="Calendar"/> (<see cref="LateAgencies"/>).
/// </summary>
public static class ReportModelFixture
{
    /// <summary>An indicator tracked only from the report's year: its compare value is missing.</summary>
    public const string NewIndicator = "EGOV.CAMERAS";

    /// <summary>How many days after its period's end a late submission arrives.</summary>
    public const int LateDays = 20;

    private static readonly ConcurrentDictionary<string, Lazy<FixtureData>> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The deadlines the model's timeliness is judged by: calendar months, due 12 days after a period ends. Submissions
    /// arrive 3 to 11 days after, the late ones <see cref="LateDays"/> days after.
    /// </summary>
    public static PeriodCalendar Calendar { get; } = new(DueDaysAfterEnd: 12);

    public static ReportModel Build(Language language = Language.Vietnamese, string period = "2026-H1")
    {
        var data = Data(period);
        return data.Model with { Language = language };
    }

    /// <summary>The submitted values the model was computed from (after the dropped submissions), to check reports against.</summary>
    public static IReadOnlyList<ReportedValue> Values(string period = "2026-H1") => Data(period).Values;

    /// <summary>Agencies whose submissions (some or all) for the period were dropped, so they appear as missing.</summary>
    public static IReadOnlyList<string> DroppedAgencies(string period = "2026-H1") => Data(period).Dropped;

    /// <summary>Agencies whose last submission of the period arrived <see cref="LateDays"/> days after the period's end.</summary>
    public static IReadOnlyList<string> LateAgencies(string period = "2026-H1") => Data(period).Late;

    private static FixtureData Data(string period) =>
        Cache.GetOrAdd(period, p => new Lazy<FixtureData>(() => Create(PeriodId.Parse(p)))).Value;

    private static FixtureData Create(PeriodId period)
    {
        var catalog = RepoFiles.Catalog;
        var directory = RepoFiles.Directory;
        var trend = period.Trend(6);
        var from = trend[0].FirstMonth < period.SamePeriodLastYear.FirstMonth ? trend[0].FirstMonth : period.SamePeriodLastYear.FirstMonth;
        var generated = new SyntheticProvince(catalog, directory).ReportedValues(from, period.LastMonth);

        var (dropped, isDropped) = Drops(directory, period);
        var values = generated
            .Where(v => !isDropped(v))
            .Where(v => v.IndicatorCode != NewIndicator || v.Period.Year >= period.Year)
            .ToList();

        var summary = new SummaryBuilder(catalog, directory).Build(values, period);
        var aggregator = new Aggregator(catalog, directory);
        var trendAggregates = trend.Select(p => aggregator.Aggregate(values, p, summary.StructureDate)).ToList();
        var received = values.Where(v => period.Contains(v.Period)).Select(v => (v.AgencyCode, v.Period)).Distinct();
        var missing = SubmissionSchedule.Missing(directory, period, received);
        var issuedOn = period.LastMonth.LastDay.AddDays(10);
        var late = Late(directory, period, dropped);
        var (submissions, versions) = Submissions(values, period, late);
        var clock = new ProvinceClock(new FixedTime(new DateTimeOffset(issuedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7))), Calendar);
        var timeliness = CompletenessCheck.Of(directory, Calendar, period, versions, clock);
        DateOnly? newest = submissions.Count == 0 ? null : clock.DayOf(submissions.Max(s => s.ReceivedAt));
        var model = new ReportModel(catalog, directory, summary, trendAggregates, missing, submissions, issuedOn, newest, Language.Vietnamese, Timeliness: timeliness);
        return new FixtureData(model, values, dropped, late);
    }

    /// <summary>Picks agencies by position among those active through the period, so every period kind gets some missing.</summary>
    private static (List<string> Codes, Func<ReportedValue, bool> IsDropped) Drops(AgencyDirectory directory, PeriodId period)
    {
        var lasting = directory.ActiveDuring(period).Where(a => a.IsActiveOn(period.LastMonth.LastDay)).ToList();
        var department = lasting.Where(a => a.Group == "department" && a.Replaces.Count == 0).Skip(2).First();
        var communes = lasting.Where(a => a.Group == "commune" && a.SubmissionPeriodFor(period.LastMonth).MonthCount <= period.MonthCount)
            .Where((_, i) => i % 17 == 5).Take(3).ToList();
        var enterprise = lasting.First(a => a.Reports("TEL.REVENUE") && a.Code != "VNPT");

        var whole = new HashSet<string>(StringComparer.Ordinal) { department.Code };
        var lastOnly = communes.Append(enterprise).ToDictionary(a => a.Code, a => a.SubmissionPeriodFor(period.LastMonth), StringComparer.Ordinal);
        bool IsDropped(ReportedValue v) =>
            period.Contains(v.Period)
            && (whole.Contains(v.AgencyCode) || (lastOnly.TryGetValue(v.AgencyCode, out var last) && v.Period == last));
        return (whole.Concat(lastOnly.Keys).ToList(), IsDropped);
    }

    /// <summary>A department and a commune that submitted everything, by position like <see cref="Drops"/>.</summary>
    private static List<string> Late(AgencyDirectory directory, PeriodId period, List<string> dropped)
    {
        var lasting = directory.ActiveDuring(period).Where(a => a.IsActiveOn(period.LastMonth.LastDay) && !dropped.Contains(a.Code)).ToList();
        return
        [
            lasting.Where(a => a.Group == "department" && a.Replaces.Count == 0).Skip(4).First().Code,
            lasting.Where(a => a.Group == "commune").Skip(7).First().Code,
        ];
    }

    /// <summary>
    /// The current submissions behind the period and its compare period, received a few days after each period ended
    /// (the late agencies' last one <see cref="LateDays"/> days after), and every version of them: the corrected
    /// submission's first version too.
    /// </summary>
    private static (List<SubmissionInfo> Current, List<SubmissionInfo> Versions) Submissions(List<ReportedValue> values, PeriodId period, List<string> late)
    {
        var compare = period.SamePeriodLastYear;
        var submissions = values
            .Where(v => period.Contains(v.Period) || compare.Contains(v.Period))
            .GroupBy(v => v.SubmissionId)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var first = g.First();
                var isLate = late.Contains(first.AgencyCode) && first.Period.LastMonth == period.LastMonth;
                var received = first.Period.LastMonth.LastDay.AddDays(isLate ? LateDays : 3 + (int)(g.Key % 9));
                var file = string.Create(CultureInfo.InvariantCulture, $"{first.AgencyCode}_{first.Period}.xlsx");
                return new SubmissionInfo(
                    g.Key,
                    first.AgencyCode,
                    first.Period,
                    1,
                    file,
                    Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file))),
                    new DateTimeOffset(received.ToDateTime(new TimeOnly(8, 30)), TimeSpan.FromHours(7)),
                    true,
                    g.Count());
            })
            .ToList();

        // One late correction: the newest submission of the period is a second version, received later.
        var corrected = submissions.Last(s => period.Contains(s.Period));
        var index = submissions.IndexOf(corrected);
        submissions[index] = corrected with { Version = 2, SourceFile = corrected.SourceFile.Replace(".xlsx", "_v2.xlsx", StringComparison.Ordinal), ReceivedAt = corrected.ReceivedAt.AddDays(6) };
        var versions = submissions.Append(corrected with { Id = -corrected.Id, IsCurrent = false }).ToList();
        return (submissions, versions);
    }

    private sealed record FixtureData(ReportModel Model, IReadOnlyList<ReportedValue> Values, IReadOnlyList<string> Dropped, IReadOnlyList<string> Late);
}
