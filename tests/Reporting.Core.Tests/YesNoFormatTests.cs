using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

/// <summary>A yes/no answer reads Có/Không per agency; the province's and groups' figure of it is a share in %.</summary>
public class YesNoFormatTests
{
    private static readonly Indicator Connected = TestCatalog[Yes];

    [Theory]
    [InlineData(1, Language.Vietnamese, "Có")]
    [InlineData(0, Language.Vietnamese, "Không")]
    [InlineData(1, Language.English, "Yes")]
    [InlineData(0, Language.English, "No")]
    public void SubmittedAnswer_ReadsYesOrNo_NotAPercentage(int answer, Language language, string shown)
    {
        Assert.Equal(shown, ReportFormat.Submitted(Connected, answer, language));
        Assert.Equal(string.Empty, ReportFormat.SubmittedUnit(Connected, language));
    }

    [Theory]
    [InlineData(100, "Có")]
    [InlineData(0, "Không")]
    [InlineData(50, "50,00")]
    public void AgencyFigure_ReadsTheAgencysAnswer_AndASuccessorsShareOfSeveralAnswers(int share, string shown)
    {
        Assert.Equal(shown, ReportFormat.AgencyFigure(Connected, share, Language.Vietnamese));
    }

    [Fact]
    public void ProvinceFigure_OfAYesNoIndicator_StaysAShare()
    {
        Assert.Equal("100,00", ReportFormat.Value(Connected, 100m, Language.Vietnamese));
        Assert.Equal("1,00", ReportFormat.Value(Connected, 1m, Language.Vietnamese));
    }

    [Fact]
    public void OtherIndicators_ReadAsNumbers_AtEveryLevel()
    {
        var flow = TestCatalog[Flow];

        Assert.Equal("1", ReportFormat.Submitted(flow, 1m, Language.Vietnamese));
        Assert.Equal("100", ReportFormat.AgencyFigure(flow, 100m, Language.Vietnamese));
        Assert.Equal(flow.UnitVi, ReportFormat.SubmittedUnit(flow, Language.Vietnamese));
    }
}
