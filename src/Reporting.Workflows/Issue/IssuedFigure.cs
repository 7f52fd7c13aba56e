namespace Reporting.Workflows.Issue;

/// <summary>One province figure as issued and as it is now (null: no figure); <see cref="Changed"/> when they differ.</summary>
public sealed record IssuedFigure(string IndicatorCode, decimal? Issued, decimal? Now)
{
    public bool Changed => Issued != Now;
}
