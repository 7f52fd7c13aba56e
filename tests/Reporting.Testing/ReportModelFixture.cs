using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Agencies;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Testing;

/// <summary>
/// A <see cref="ReportModel"/> of the repo's province from synthetic figures, for the report tests. It has the cases
/// reports must handle: agencies that did not submit (one department for the whole period, three communes and one
/// telecom enterprise for the period's last submission), an indicator with no figures last year
/// (<see cref="NewIndicator"/>), merged agencies whose earlier figures are carried, and a corrected submission (version 2).
/// </summary>
public static class ReportModelFixture
{
    /// <summary>An indicator tracked only from the report's year: its compare value is missing.</summary>
    public const string NewIndicator = "EGOV.CAMERAS";

    private static readonly ConcurrentDictionary<string, Lazy<FixtureData>> Cache = new(StringComparer.Ordinal);

    public static ReportModel Build(Language language = Language.Vietnamese, string period = "2026-H1")
    {
        var data = Data(period);
        return data.Model with { Language = language };
    }

    /// <summary>The submitted values the model was computed from (after the dropped submissions), to check reports against.</summary>
    public static IReadOnlyList<ReportedValue> Values(string period = "2026-H1") => Data(period).Values;

    /// <summary>Agencies whose submissions (some or all) for the period were dropped, so they appear as missing.</summary>
    public static IReadOnlyList<string> DroppedAgencies(string period = "2026-H1") => Data(period).Dropped;

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
        var submissions = Submissions(values, period);
        DateOnly? newest = submissions.Count == 0 ? null : new ProvinceClock(TimeProvider.System, PeriodCalendar.CalendarMonths).DayOf(submissions.Max(s => s.ReceivedAt));
        var model = new ReportModel(catalog, directory, summary, trendAggregates, missing, submissions, issuedOn, newest, Language.Vietnamese);
        return new FixtureData(model, values, dropped);
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

    /// <summary>The submissions behind the period and its compare period, received a few days after each period ended.</summary>
    private static List<SubmissionInfo> Submissions(List<ReportedValue> values, PeriodId period)
    {
        var compare = period.SamePeriodLastYear;
        var submissions = values
            .Where(v => period.Contains(v.Period) || compare.Contains(v.Period))
            .GroupBy(v => v.SubmissionId)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var first = g.First();
                var received = first.Period.LastMonth.LastDay.AddDays(3 + (int)(g.Key % 9));
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
        return submissions;
    }

    private sealed record FixtureData(ReportModel Model, IReadOnlyList<ReportedValue> Values, IReadOnlyList<string> Dropped);
}
