namespace Reporting.Data.Opening;

/// <summary>Where a database's schema stands against this build: the migrations each knows, oldest first.</summary>
/// <param name="Known">Migrations this build holds.</param>
/// <param name="Applied">Migrations the database records as applied.</param>
public sealed record SchemaStatus(IReadOnlyList<string> Known, IReadOnlyList<string> Applied)
{
    /// <summary>Migrations this build would apply (the database was made by an earlier release, or is new).</summary>
    public IReadOnlyList<string> Pending => Known.Except(Applied, StringComparer.Ordinal).ToList();

    /// <summary>Migrations this build does not know: the database was written by a newer release.</summary>
    public IReadOnlyList<string> Unknown => Applied.Except(Known, StringComparer.Ordinal).ToList();

    /// <summary>Nothing applied yet: a new, empty database.</summary>
    public bool IsNew => Applied.Count == 0;

    /// <summary>The database's schema version: the last migration applied.</summary>
    public string DatabaseVersion => Applied.Count == 0 ? "none" : Applied.Max(StringComparer.Ordinal)!;

    /// <summary>This build's schema version: its last migration.</summary>
    public string BuildVersion => Known.Max(StringComparer.Ordinal)!;
}
