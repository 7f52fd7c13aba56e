using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reporting.Data.Opening;

/// <summary>Sets up each connection EF Core opens for a context, as <see cref="SqliteConnections.Configure"/> does for the others.</summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteConnections.Configure((SqliteConnection)connection, SettingsOf(eventData));

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteConnections.Configure((SqliteConnection)connection, SettingsOf(eventData));
        return Task.CompletedTask;
    }

    private static DatabaseSettings SettingsOf(ConnectionEndEventData eventData) =>
        (eventData.Context as ReportingDbContext)?.Settings ?? throw new InvalidOperationException("The connection setup serves reporting contexts only");
}
