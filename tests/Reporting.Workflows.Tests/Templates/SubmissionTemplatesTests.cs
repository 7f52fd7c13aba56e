using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Import;
using Reporting.Testing;
using Reporting.Workflows.Templates;

namespace Reporting.Workflows.Tests.Templates;

/// <summary>The template `reporting template` writes and the portal sends: who owes which period, and a file the importer reads back.</summary>
public sealed class SubmissionTemplatesTests
{
    private readonly SubmissionTemplates templates = new(RepoFiles.Catalog, RepoFiles.Directory);

    [Fact]
    public void Build_NamesTheWorkbookAgencyUnderscorePeriod_AndTheImporterReadsTheSameAgencyAndPeriodBack()
    {
        var agency = RepoFiles.Directory["VPUBND"];
        var period = PeriodId.Parse("2026-05");
        var path = Path.Combine(Directory.CreateTempSubdirectory("reporting-templates-").FullName, "download.xlsx");
        try
        {
            var file = templates.Build(agency, period, Language.Vietnamese);
            File.WriteAllBytes(path, file.Content);
            var read = new SubmissionFileReader(RepoFiles.Catalog).Read(path);

            Assert.Equal("VPUBND_2026-05.xlsx", file.FileName);
            Assert.Equal(("VPUBND", (PeriodId?)period), (read.AgencyCode, read.Period));
            Assert.Equal(agency.Indicators.Count(c => !RepoFiles.Catalog[c].IsDerived), read.Values.Count);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TemplateFile.ContentType);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("VPUBND", "2026-05", null)]
    [InlineData("VPUBND", "2026-Q2", TemplateRefusal.NotItsPeriod)]
    [InlineData("CAT", "2026-05", TemplateRefusal.NotItsPeriod)]
    [InlineData("CAT", "2026-Q2", null)]
    [InlineData("STTTT", "2026-05", TemplateRefusal.NotActive)]
    [InlineData("STTTT", "2025-02", null)]
    public void Refusal_SaysWhyAnAgencyHasNoTemplateForAPeriod(string agency, string period, TemplateRefusal? expected) =>
        Assert.Equal(expected, SubmissionTemplates.Refusal(RepoFiles.Directory[agency], PeriodId.Parse(period)));

    [Fact]
    public void Owed_AQuarter_GivesMonthlyAgenciesTheirThreeMonthsAndQuarterlyOnesTheQuarter()
    {
        var quarter = PeriodId.Parse("2026-Q1");
        var open = RepoFiles.Directory.Agencies.Where(a => a.ActiveFrom is null || a.ActiveFrom <= new DateOnly(2026, 3, 31))
            .Where(a => a.ActiveUntil is null || a.ActiveUntil >= new DateOnly(2026, 1, 1)).ToList();

        var owed = templates.Owed(quarter).ToList();

        var monthly = open.Count(a => a.Frequency == ReportingFrequency.Monthly);
        var quarterly = open.Count(a => a.Frequency == ReportingFrequency.Quarterly);
        Assert.Equal((monthly * 3) + quarterly, owed.Count);
        Assert.Equal(["2026-01", "2026-02", "2026-03"], owed.Where(o => o.Agency.Code == "VPUBND").Select(o => o.Period.ToString()));
        Assert.Equal(["2026-Q1"], owed.Where(o => o.Agency.Code == "CAT").Select(o => o.Period.ToString()));
        Assert.DoesNotContain(owed, o => o.Agency.Code == "STTTT");
        Assert.All(owed, o => Assert.Null(SubmissionTemplates.Refusal(o.Agency, o.Period)));
    }

    [Fact]
    public void Offered_ToAUserForAll_LeavesOutAgenciesClosedMoreThanTwoYearsAgo_AndToASubmitterOnlyItsOwn()
    {
        var today = new DateOnly(2027, 3, 1);

        var all = templates.Offered(null, today);
        var own = templates.Offered(new HashSet<string>(["CAT", "VPUBND"], StringComparer.Ordinal), today);

        // STTTT closed on 2025-02-28, more than two years before 2027-03-01; the communes merged on 2025-07-01 did not.
        Assert.DoesNotContain(all, a => a.Code == "STTTT");
        Assert.Contains(all, a => a.ActiveUntil == new DateOnly(2025, 6, 30));
        Assert.Equal(RepoFiles.Directory.Agencies.Count(a => a.ActiveUntil is null || a.ActiveUntil >= new DateOnly(2025, 3, 1)), all.Count);
        Assert.Equal(["VPUBND", "CAT"], own.Select(a => a.Code));
    }
}
