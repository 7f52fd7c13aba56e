using Microsoft.EntityFrameworkCore;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>Keeps the catalog and agency list in the database, so a database is self-contained.</summary>
public sealed class CatalogStore(ReportingDbContext db)
{
    /// <remarks>Plain SQL, as <see cref="DocumentsAsync"/>: every command asks on opening, where LINQ's first compile costs more.</remarks>
    public Task<bool> HasCatalogAsync(CancellationToken cancellationToken = default) =>
        PlainSql.ExistsAsync(db.Database, "SELECT EXISTS (SELECT 1 FROM catalog_documents)", cancellationToken);

    /// <summary>
    /// Stores the catalog and agency list after checking they read; replaces earlier ones, in one transaction that also
    /// raises the catalog's data version (so figures kept by any process over this database are computed again).
    /// </summary>
    public async Task SaveAsync(string indicatorsJson, string agenciesJson, string? calendarJson, DateTimeOffset loadedAt, CancellationToken cancellationToken = default)
    {
        var agencies = AgencyListReader.Read(agenciesJson, CatalogReader.Read(indicatorsJson));
        _ = calendarJson is null ? null : PeriodCalendar.Read(calendarJson);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await RefuseDroppingReportersAsync(agencies, cancellationToken);
        await db.CatalogDocuments.ExecuteDeleteAsync(cancellationToken);
        db.CatalogDocuments.Add(new CatalogDocument { Name = CatalogDocument.Indicators, Json = indicatorsJson, LoadedAt = loadedAt });
        db.CatalogDocuments.Add(new CatalogDocument { Name = CatalogDocument.Agencies, Json = agenciesJson, LoadedAt = loadedAt });
        if (calendarJson is not null)
        {
            db.CatalogDocuments.Add(new CatalogDocument { Name = CatalogDocument.Calendar, Json = calendarJson, LoadedAt = loadedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        await new DataVersionStore(db).RaiseAsync(DataVersion.Catalog, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// An agency that has stored submissions stays in the list: its figures are in every report of its periods, and a
    /// list without it would leave them nobody's. It is ended with <c>activeUntil</c> instead.
    /// </summary>
    private async Task RefuseDroppingReportersAsync(AgencyDirectory agencies, CancellationToken cancellationToken)
    {
        var reporters = await db.Submissions.AsNoTracking().Select(s => s.AgencyCode).Distinct().ToListAsync(cancellationToken);
        var dropped = reporters.Where(code => agencies.Find(code) is null).Order(StringComparer.Ordinal).ToList();
        if (dropped.Count > 0)
        {
            var named = string.Join(", ", dropped.Take(10)) + (dropped.Count > 10 ? $" and {dropped.Count - 10:N0} more" : string.Empty);
            throw new FormatException(
                $"The agency list leaves out {dropped.Count:N0} {(dropped.Count == 1 ? "agency that has" : "agencies that have")} stored submissions ({named}): keep each in agencies.json and end it with activeUntil. The templates were not loaded: the stored catalog and agency list are as they were.");
        }
    }

    /// <summary>The stored JSON documents by name (<see cref="CatalogDocument.Indicators"/>, ...), for editing.</summary>
    public Task<IReadOnlyDictionary<string, string>> DocumentsAsync(CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT name, json FROM catalog_documents";
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                documents.Add(reader.GetString(0), reader.GetString(1));
            }

            return (IReadOnlyDictionary<string, string>)documents;
        }, cancellationToken);

    public async Task<ProvinceCatalog> LoadAsync(CancellationToken cancellationToken = default)
    {
        var documents = await DocumentsAsync(cancellationToken);
        if (!documents.TryGetValue(CatalogDocument.Indicators, out var indicators) || !documents.TryGetValue(CatalogDocument.Agencies, out var agencies))
        {
            throw new InvalidOperationException("The database holds no catalog: run `reporting init`.");
        }

        var catalog = Stored(() => CatalogReader.Read(indicators));
        var calendar = documents.TryGetValue(CatalogDocument.Calendar, out var calendarJson) ? Stored(() => PeriodCalendar.Read(calendarJson)) : PeriodCalendar.CalendarMonths;
        return new ProvinceCatalog(catalog, new Lazy<AgencyDirectory>(() => Stored(() => AgencyListReader.Read(agencies, catalog))), calendar);
    }

    /// <summary>
    /// A stored document read, or refused saying where it is and what mends it: documents are checked before they are
    /// stored, so one that does not read was changed behind the product's back (or by a release that read it otherwise).
    /// </summary>
    private T Stored<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            var location = db.Settings.Location;
            throw new FormatException(
                $"The catalog stored in {location.Display} cannot be read: {e.Message}. Load the templates again with `reporting init --db {location.Argument}`.", e);
        }
    }
}
