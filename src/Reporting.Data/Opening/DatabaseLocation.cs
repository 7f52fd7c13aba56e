using System.Text.RegularExpressions;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>
/// Where a reporting database is, read once from what a user gave (`--db`, the portal's Portal:Database): a SQLite file
/// path, a PostgreSQL URI (<c>postgresql://user:password@host:port/database</c>, or <c>postgres://</c>) or an Npgsql
/// connection string (<c>Host=...;Database=...</c>). Any other <c>scheme://</c> is refused, never taken for a file name.
/// </summary>
public sealed partial record DatabaseLocation
{
    private DatabaseLocation(DatabaseProvider provider, string target, string display) => (Provider, Target, Display) = (provider, target, display);

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file's full path, or the Npgsql connection string (with its password).</summary>
    public string Target { get; }

    /// <summary>How messages name it: the full path, or the server and database without the password.</summary>
    public string Display { get; }

    /// <summary>How a message suggests passing it to `--db` again: the path, or the URI with the password left out.</summary>
    public string Argument => IsPostgreSql ? Display : Target;

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>Reads a location; throws <see cref="DatabaseUnavailableException"/>, saying what is accepted, for anything else.</summary>
    public static DatabaseLocation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Length == 0)
        {
            throw new DatabaseUnavailableException("No database given: pass a SQLite file path or a PostgreSQL URI (postgresql://user:password@host:port/database).");
        }

        if (UriScheme().Match(text) is { Success: true } scheme)
        {
            return scheme.Groups[1].Value.ToLowerInvariant() is "postgresql" or "postgres"
                ? FromUri(text)
                : throw new DatabaseUnavailableException(
                    $"The database {Redacted(text)} is a {scheme.Groups[1].Value}:// address, which Reporting does not support: give a SQLite file path " +
                    "(reporting.db) or a PostgreSQL URI (postgresql://user:password@host:port/database).");
        }

        if (ConnectionStringKey().IsMatch(text))
        {
            return FromConnectionString(text);
        }

        var path = Path.GetFullPath(text);
        return new DatabaseLocation(DatabaseProvider.Sqlite, path, path);
    }

    /// <summary>How a message names the value given, whether or not it names a database (then as given, password hidden).</summary>
    public static string NameOf(string? value)
    {
        try
        {
            return Parse(value ?? string.Empty).Display;
        }
        catch (DatabaseUnavailableException)
        {
            return Redacted(value ?? string.Empty);
        }
    }

    private static DatabaseLocation FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new DatabaseUnavailableException($"The database {Redacted(text)} is not a PostgreSQL URI Reporting can read: write postgresql://user:password@host:port/database.");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw new DatabaseUnavailableException($"The database {Redacted(text)} names no database: write postgresql://user:password@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        // Query parameters are Npgsql settings (sslmode=require, ...); a key Npgsql does not know is refused by name.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, setting) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (Uri.UnescapeDataString(pair), string.Empty);
            try
            {
                builder[key] = setting;
            }
            catch (ArgumentException e)
            {
                throw new DatabaseUnavailableException($"The database {Redacted(text)} has a setting PostgreSQL connections do not take: {key} ({e.Message}).", e);
            }
        }

        return Postgres(builder);
    }

    private static DatabaseLocation FromConnectionString(string text)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseUnavailableException($"The database setting is not a PostgreSQL connection string Reporting can read: {e.Message}", e);
        }

        if (string.IsNullOrEmpty(builder.Host) || string.IsNullOrEmpty(builder.Database))
        {
            throw new DatabaseUnavailableException("A PostgreSQL connection string needs Host=...;Database=... (and Username, Password as the server asks).");
        }

        return Postgres(builder);
    }

    private static DatabaseLocation Postgres(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        return new DatabaseLocation(DatabaseProvider.PostgreSql, builder.ConnectionString, $"postgresql://{user}{builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>The value as a message may show it: a password in a URI is hidden.</summary>
    private static string Redacted(string text) => UriPassword().Replace(text, "$1:***@");

    public override string ToString() => Display;

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*)://")]
    private static partial Regex UriScheme();

    /// <summary>An Npgsql connection string starts with, or holds after a semicolon, a Host or Server setting.</summary>
    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringKey();

    [GeneratedRegex(@"(//[^:/@]*):[^@/]*@")]
    private static partial Regex UriPassword();
}
