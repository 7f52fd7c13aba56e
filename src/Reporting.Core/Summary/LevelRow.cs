namespace Reporting.Core.Summary;

/// <summary>One row of a summary broken down: the level it belongs to (the province, a group's code or an agency's code) and the row.</summary>
public sealed record LevelRow(string Level, SummaryRow Row);
