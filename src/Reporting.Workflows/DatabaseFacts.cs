using Microsoft.EntityFrameworkCore;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Data.Opening;

namespace Reporting.Workflows;

/// <summary>
/// What hosts ask of an open database, in Core's and the framework's types: they never name Reporting.Data's (an
/// architecture test per host holds them to it), so the storage layer can change behind Workflows alone.
/// </summary>
public static class DatabaseFacts
{
    extension(ReportingDatabase database)
    {
        /// <summary>The indicator catalog as last loaded.</summary>
        public IndicatorCatalog Indicators => database.Catalog.Indicators;

        /// <summary>The agencies and the province as last loaded.</summary>
        public AgencyDirectory Agencies => database.Catalog.Agencies;

        /// <summary>Period boundaries, deadlines and the time zone as last loaded.</summary>
        public PeriodCalendar Calendar => database.Catalog.Calendar;

        /// <summary>Where the database is, as a person reads it (the file's full path).</summary>
        public string Location => database.Settings.FullPath;

        /// <summary>
        /// Upgrades another model kept in the same database (the portal's users and roles) as the reporting schema is
        /// upgraded: under the same lock, telling what it does.
        /// </summary>
        public Task<bool> UpgradeAlongsideAsync(DbContext context, Action<string>? tell, CancellationToken cancellationToken = default) =>
            DatabaseSchema.UpgradeAsync(context, database.Settings, tell, cancellationToken);
    }

    /// <summary>
    /// What a person is told when storage failed (disk full, database kept busy, read-only, not a database), or null
    /// when <paramref name="exception"/> is no storage failure; <paramref name="location"/> names the database.
    /// </summary>
    /// <summary>A --db value as messages name it: a file's full path, a server database without its password.</summary>
    public static string NameOf(string? location) => DatabaseLocation.NameOf(location);

    /// <summary>A folder that belongs with the database <paramref name="location"/> names (see <see cref="DatabaseLocation.CompanionFolder"/>).</summary>
    public static string CompanionFolder(string location, string suffix) => DatabaseLocation.Parse(location).CompanionFolder(suffix);

    public static string? DescribeFailure(Exception exception, string location) => StorageFailure.Describe(exception, location);
}
