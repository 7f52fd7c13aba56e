using ScottPlot;

namespace Reporting.Pdf;

/// <summary>One chart of the report: a ScottPlot plot with its file name (without extension) and size in points.</summary>
public sealed record ReportChart(string Name, Plot Plot, int Width, int Height) : IDisposable
{
    /// <summary>What it shows, for a caption (the comparison charts: the indicator group's name).</summary>
    public string Title { get; init; } = string.Empty;

    public void Dispose() => Plot.Dispose();
}
