namespace Reporting.Data.Opening;

/// <summary>The database engines a reporting database can live in.</summary>
public enum DatabaseProvider
{
    /// <summary>A file beside the program: the embedded default.</summary>
    Sqlite,

    /// <summary>A database on a PostgreSQL server (a ministry-wide deployment).</summary>
    PostgreSql,
}
