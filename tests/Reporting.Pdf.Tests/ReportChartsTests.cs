using System.Text;
using Reporting.Testing;
using ScottPlot.Plottables;

namespace Reporting.Pdf.Tests;

public sealed class ReportChartsTests
{
    [Fact]
    public void WriteAll_WritesEveryChartAsPngAndSvg()
    {
        var directory = Path.Combine(Path.GetTempPath(), "reporting-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new ReportCharts().WriteAll(ReportModelFixture.Build(), directory);

            Assert.Contains(files, f => Path.GetFileName(f) == "compare-tel.png");
            Assert.Contains(files, f => Path.GetFileName(f) == "trend-tel-revenue.svg");
            Assert.Contains(files, f => Path.GetFileName(f) == "ranking-rec-online-rate.png");
            Assert.Equal(files.Count(f => f.EndsWith(".png", StringComparison.Ordinal)), files.Count(f => f.EndsWith(".svg", StringComparison.Ordinal)));
            foreach (var png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
            {
                Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
            }

            var svg = File.ReadAllText(Path.Combine(directory, "compare-post.svg"), Encoding.UTF8);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("Bưu chính", svg.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Rankings_ColourTheFiveLowestAgenciesRed()
    {
        var model = ReportModelFixture.Build();
        var charts = new ReportCharts().Build(model);
        try
        {
            var ranking = charts.Single(c => c.Name == "ranking-rec-online-rate");
            var bars = ranking.Plot.GetPlottables<BarPlot>().Single().Bars;
            var red = bars.Where(b => b.FillColor != bars[0].FillColor).ToList();
            Assert.Equal(5, red.Count);
            Assert.True(red.Max(b => b.Value) <= bars.Except(red).Min(b => b.Value));

            // 10 highest and 10 lowest of the agencies with a rate, independently counted from the model's agencies.
            var rated = model.Summary.Current.Agencies.Count(a => model.Summary.Current.Agency(a, "REC.ONLINE_RATE").Value is not null);
            Assert.True(rated > 20);
            Assert.Equal(20, bars.Count);
        }
        finally
        {
            foreach (var chart in charts)
            {
                chart.Dispose();
            }
        }
    }

    [Fact]
    public void Comparisons_ScaleEachIndicatorToItsLargerValue()
    {
        var charts = new ReportCharts().Build(ReportModelFixture.Build());
        try
        {
            var post = charts.Single(c => c.Name == "compare-post");
            var bars = post.Plot.GetPlottables<BarPlot>().Single().Bars;

            // Items (tens of millions) and branches (thousands) sit side by side: every pair tops out at 100.
            Assert.All(bars, b => Assert.InRange(b.Value, 0, 100 + 1e-9));
            Assert.Equal(5, bars.Count(b => Math.Abs(b.Value - 100) < 1e-9));
        }
        finally
        {
            foreach (var chart in charts)
            {
                chart.Dispose();
            }
        }
    }
}
