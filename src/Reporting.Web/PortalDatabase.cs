using Microsoft.Extensions.Options;
using Reporting.Workflows;

namespace Reporting.Web;

/// <summary>The reporting database the portal serves, opened (and migrated) once on first use.</summary>
public sealed class PortalDatabase(IOptions<PortalOptions> options, TimeProvider time)
{
    private readonly Lazy<Task<ReportingDatabase>> database = new(() => ReportingDatabase.OpenAsync(options.Value.Database, options.Value.Templates, time));

    public Task<ReportingDatabase> GetAsync() => database.Value;

    /// <summary>A workspace for one request; dispose it when done.</summary>
    public async Task<ReportingWorkspace> OpenWorkspaceAsync(CancellationToken cancellationToken) =>
        await (await GetAsync()).OpenWorkspaceAsync(cancellationToken);
}
