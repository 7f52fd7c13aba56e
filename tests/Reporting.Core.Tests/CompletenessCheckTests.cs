using Reporting.Core.Agencies;
using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

public class CompletenessCheckTests
{
    // Calendar months, due 5 days after the period's end, in the province's time (UTC+7).
    private static readonly PeriodCalendar Calendar = PeriodCalendar.CalendarMonths;

    private static readonly AgencyDirectory Directory = DirectoryOf(
        Agency("A"),
        Agency("B"),
        Agency("C"),
        Agency("Q", "commune", ReportingFrequency.Quarterly));

    [Fact]
    public void EachOwedSubmission_IsOnTimeLateOrMissing_ByTheDayItFirstArrivedInTheProvince()
    {
        // June is due on 5 July. A arrives on the 5th at 23:30 local (16:30 UTC): on time. B arrives on the 6th at 00:30 local
        // (5 July 17:30 UTC): one day late. C sends nothing and is 3 days overdue on 8 July.
        var versions = new[]
        {
            Version(1, "A", "2026-06", 1, "2026-07-05T16:30:00Z"),
            Version(2, "B", "2026-06", 1, "2026-07-05T17:30:00Z"),
        };

        var result = CompletenessCheck.Of(Directory, Calendar, P("2026-06"), versions, On(2026, 7, 8)).ToDictionary(a => a.Agency.Code);

        Assert.Equal((SubmissionStatus.OnTime, 0, 1), (result["A"].Status, result["A"].DaysLate, result["A"].Received));
        Assert.Equal((SubmissionStatus.Late, 1, 1), (result["B"].Status, result["B"].DaysLate, result["B"].Received));
        Assert.Equal((SubmissionStatus.Missing, 3, 0), (result["C"].Status, result["C"].DaysLate, result["C"].Received));
        Assert.Equal(new DateOnly(2026, 7, 5), result["C"].Owed.Single().Due);
    }

    [Fact]
    public void Replacing_ChecksTheChangedAgenciesAgainFromTheirVersions_AndKeepsEveryOtherRowAndTheOrder()
    {
        var first = new[] { Version(1, "A", "2026-06", 1, "2026-07-01T03:00:00Z"), Version(2, "B", "2026-06", 1, "2026-07-01T03:00:00Z") };
        var kept = CompletenessCheck.Of(Directory, Calendar, P("2026-06"), first, On(2026, 7, 8));
        var all = new[] { Version(1, "A", "2026-06", 1, "2026-07-01T03:00:00Z", isCurrent: false), first[1], Version(3, "A", "2026-06", 2, "2026-07-07T03:00:00Z"), Version(4, "C", "2026-06", 1, "2026-07-07T03:00:00Z") };

        var updated = CompletenessCheck.Replacing(kept, new HashSet<string> { "A", "C" }, Calendar, P("2026-06"), all.Where(v => v.AgencyCode != "B"), On(2026, 7, 8));

        var fresh = CompletenessCheck.Of(Directory, Calendar, P("2026-06"), all, On(2026, 7, 8));
        Assert.Equal(fresh.Select(a => (a.Agency.Code, a.Status, a.DaysLate, a.Superseded, a.Owed[0].Current?.Id)), updated.Select(a => (a.Agency.Code, a.Status, a.DaysLate, a.Superseded, a.Owed[0].Current?.Id)));
        Assert.Same(kept.Single(a => a.Agency.Code == "B"), updated.Single(a => a.Agency.Code == "B"));
        Assert.Equal((SubmissionStatus.Late, 2), (updated.Single(a => a.Agency.Code == "C").Status, updated.Single(a => a.Agency.Code == "C").DaysLate));
    }

    [Fact]
    public void BeforeTheDeadline_AnUnsentSubmissionIsNotYetDue()
    {
        var result = CompletenessCheck.Of(Directory, Calendar, P("2026-06"), [], On(2026, 7, 5));

        Assert.All(result, a => Assert.Equal((SubmissionStatus.NotYetDue, 0), (a.Status, a.DaysLate)));
    }

    [Fact]
    public void TheFirstVersionDecidesTimeliness_AndACorrectionShowsAsSuperseded()
    {
        var versions = new[]
        {
            Version(1, "A", "2026-06", 1, "2026-07-01T03:00:00Z", isCurrent: false),
            Version(7, "A", "2026-06", 2, "2026-07-20T03:00:00Z"),
        };

        var a = CompletenessCheck.Of(Directory, Calendar, P("2026-06"), versions, On(2026, 8, 1)).Single(x => x.Agency.Code == "A");

        Assert.Equal(SubmissionStatus.OnTime, a.Status);
        Assert.True(a.Superseded);
        Assert.Equal((1L, 7L), (a.Owed[0].First!.Id, a.Owed[0].Current!.Id));
    }

    [Fact]
    public void OverAQuarter_AMonthlyAgencyOwesThreeMonths_AndItsStatusIsTheWorst()
    {
        var versions = new[]
        {
            Version(1, "A", "2026-04", 1, "2026-05-02T03:00:00Z"),
            Version(2, "A", "2026-05", 1, "2026-06-09T03:00:00Z"),
            Version(3, "Q", "2026-Q2", 1, "2026-07-03T03:00:00Z"),
        };

        var result = CompletenessCheck.Of(Directory, Calendar, P("2026-Q2"), versions, On(2026, 7, 10)).ToDictionary(a => a.Agency.Code);

        Assert.Equal(["2026-04", "2026-05", "2026-06"], result["A"].Owed.Select(o => o.Period.ToString()));
        Assert.Equal(SubmissionStatus.Missing, result["A"].Status);
        Assert.Equal(2, result["A"].Received);
        Assert.Equal((SubmissionStatus.OnTime, 1), (result["Q"].Status, result["Q"].Received));
    }

    [Fact]
    public void AnAgencyOwingNothingForThePeriod_IsLeftOut_NotCountedOnTime()
    {
        var result = CompletenessCheck.Of(Directory, Calendar, P("2026-06"), [], On(2026, 7, 8));

        Assert.Equal(["A", "B", "C"], result.Select(a => a.Agency.Code));
    }

    [Fact]
    public void APeriodsOwnDeadline_OverridesTheCalendarRule()
    {
        var calendar = Calendar with { Deadlines = new Dictionary<string, DateOnly> { ["2026-06"] = new(2026, 7, 15) } };
        var versions = new[] { Version(1, "A", "2026-06", 1, "2026-07-12T03:00:00Z") };

        var result = CompletenessCheck.Of(Directory, calendar, P("2026-06"), versions, On(2026, 7, 14)).ToDictionary(a => a.Agency.Code);

        Assert.Equal(SubmissionStatus.OnTime, result["A"].Status);
        Assert.Equal(SubmissionStatus.NotYetDue, result["B"].Status);
    }

    /// <summary>The province's clock at noon of a day there, on a server in another zone.</summary>
    private static ProvinceClock On(int year, int month, int day) =>
        new(new Reporting.Testing.FixedTime(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(7))), Calendar);

    private static SubmissionInfo Version(long id, string agency, string period, int version, string receivedUtc, bool isCurrent = true) =>
        new(id, agency, P(period), version, agency + ".xlsx", "sha", DateTimeOffset.Parse(receivedUtc, System.Globalization.CultureInfo.InvariantCulture), isCurrent, 1);
}
