namespace Reporting.Core.Review;

/// <summary>A comment on one cell (such as D7) or one indicator of a returned version; at least one of them is named.</summary>
public sealed record ReviewComment(string? Cell, string? IndicatorCode, string Text);
