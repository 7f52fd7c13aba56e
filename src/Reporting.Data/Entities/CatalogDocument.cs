namespace Reporting.Data.Entities;

/// <summary>The catalog or agency list as loaded into the database (their JSON, from templates/).</summary>
public sealed class CatalogDocument
{
    public const string Indicators = "indicators";
    public const string Agencies = "agencies";
    public const string Calendar = "calendar";

    public required string Name { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset LoadedAt { get; set; }
}
