using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Data;

namespace Reporting.Workflows;

/// <summary>One unit of work on an open <see cref="ReportingDatabase"/>: a context on one connection, with the catalog.</summary>
public sealed class ReportingWorkspace : IAsyncDisposable
{
    private readonly ProvinceCatalog province;

    internal ReportingWorkspace(ReportingDatabase database, ReportingDbContext db, LoadedCatalog loaded)
    {
        Database = database;
        Db = db;
        CatalogVersion = loaded.Version;
        province = loaded.Catalog;
        Catalog = province.Indicators;
        Calendar = province.Calendar;
        Clock = new ProvinceClock(database.Time, province.Calendar);
        Submissions = new SubmissionStore(db);
    }

    public ReportingDatabase Database { get; }

    public ReportingDbContext Db { get; }

    /// <summary>The data version of the catalog this workspace uses (see <see cref="DataStamp.Catalog"/>).</summary>
    public long CatalogVersion { get; }

    public IndicatorCatalog Catalog { get; }

    /// <summary>The agencies, read from the database's list when first asked for (see <see cref="ProvinceCatalog"/>).</summary>
    public AgencyDirectory Agencies => province.Agencies;

    public SubmissionStore Submissions { get; }

    /// <summary>Period boundaries and deadlines from templates/calendar.json.</summary>
    public PeriodCalendar Calendar { get; }

    public TimeProvider Time => Database.Time;

    /// <summary>"Today" and the times shown, in the calendar's time zone.</summary>
    public ProvinceClock Clock { get; }

    /// <summary>Entered before a write; shared by the workspaces of one <see cref="ReportingDatabase"/>.</summary>
    internal WriteGates Gates => Database.Gates;

    /// <summary>Opens the database and one workspace on it: for a command that does one unit of work.</summary>
    public static async Task<ReportingWorkspace> OpenAsync(DatabaseOpening opening, CancellationToken cancellationToken = default) =>
        await (await ReportingDatabase.OpenAsync(opening, cancellationToken)).OpenWorkspaceAsync(cancellationToken);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
