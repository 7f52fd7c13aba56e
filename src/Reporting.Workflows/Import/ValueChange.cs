namespace Reporting.Workflows.Import;

/// <summary>One indicator of an accepted file: the value stored now and the one of the version it replaced.</summary>
public sealed record ValueChange(string IndicatorCode, string? Cell, decimal? Value, decimal? Previous)
{
    public bool Changed => Value != Previous;
}
