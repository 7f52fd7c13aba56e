using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reporting.Cli.Tests;

/// <summary>A hash of every stored submission and value: equal fingerprints mean an unchanged database.</summary>
public static class DatabaseFingerprint
{
    public static string Of(string databasePath)
    {
        using var connection = TestConnections.OpenReadOnly(databasePath);
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT id, agency_code, period, version, is_current, sha256 FROM submissions ORDER BY id",
            "SELECT id, submission_id, indicator_code, value_micros, cell FROM submission_values ORDER BY id",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static long Count(string databasePath, string table)
    {
        using var connection = TestConnections.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
