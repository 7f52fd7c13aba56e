using Reporting.Workflows;

namespace Reporting.Cli.Commands;

/// <summary>Opens the database a command line names (creating it, with the catalog, when missing).</summary>
internal static class Workspace
{
    public static Task<ReportingWorkspace> OpenAsync(CommandLine line, CancellationToken cancellationToken, bool reloadTemplates = false) =>
        ReportingWorkspace.OpenAsync(line.Database, line.Templates, reloadTemplates: reloadTemplates, cancellationToken: cancellationToken);
}
