namespace Reporting.Workflows.Tests.Figures;

/// <summary>A figure as a person reads it: the value (null: none), how many of the agencies that owed it reported, whether it is complete.</summary>
internal sealed record RecomputedFigure(decimal? Value, int Reported, int Expected, bool Complete)
{
    /// <summary>What a level with no agency that owes or sent the indicator shows.</summary>
    public static readonly RecomputedFigure None = new(null, 0, 0, true);

    public override string ToString() => $"value {Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, {Reported}/{Expected}, {(Complete ? "complete" : "incomplete")}";
}
