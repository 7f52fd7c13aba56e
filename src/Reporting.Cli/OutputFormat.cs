namespace Reporting.Cli;

/// <summary>How a command prints its data: a table for people, JSON or CSV for programs (then stdout holds only data).</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
