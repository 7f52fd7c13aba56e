using Microsoft.Data.Sqlite;

namespace Reporting.Web.Tests;

/// <summary>Every stored submission, value, roll-up, review, issued report, lock and audit entry of a database as one string: equal before and after means nothing changed.</summary>
public static class DatabaseFingerprint
{
    public static async Task<string> OfAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT id, agency_code, period, version, sha256, is_current, uploaded_by FROM submissions ORDER BY id",
            "SELECT submission_id, indicator_code, value_micros, cell, note FROM submission_values ORDER BY id",
            "SELECT * FROM period_rollups ORDER BY 1, 2, 3",
            "SELECT id, state FROM submissions ORDER BY id",
            "SELECT id, submission_id, decision, reason, reviewer FROM submission_reviews ORDER BY id",
            "SELECT id, review_id, cell, indicator_code, text FROM review_comments ORDER BY id",
            "SELECT id, period, issued_by FROM issued_reports ORDER BY id",
            "SELECT id, period, locked_by, reopened_by, reopen_reason FROM period_locks ORDER BY id",
            "SELECT id, action, actor, period, agency_code, submission_id FROM audit_entries ORDER BY id",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                parts.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return string.Join('\n', parts);
    }

    public static async Task<long> CountAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
