using System.Globalization;
using Reporting.Testing;

namespace Reporting.Web.Tests;

/// <summary>Every stored submission, value, roll-up, review, issued report, lock and audit entry of a database as one string: equal before and after means nothing changed.</summary>
public static class DatabaseFingerprint
{
    private static readonly string[] Queries =
    [
        "SELECT id, agency_code, period, version, sha256, is_current, uploaded_by, state FROM submissions ORDER BY id",
        "SELECT submission_id, indicator_code, value_micros, cell, note FROM submission_values ORDER BY id",
        "SELECT * FROM period_rollups ORDER BY 1, 2, 3",
        "SELECT id, submission_id, decision, reason, reviewer FROM submission_reviews ORDER BY id",
        "SELECT id, review_id, cell, indicator_code, text FROM review_comments ORDER BY id",
        "SELECT id, period, issued_by FROM issued_reports ORDER BY id",
        "SELECT id, period, locked_by, reopened_by, reopen_reason FROM period_locks ORDER BY id",
        "SELECT id, action, actor, period, agency_code, submission_id FROM audit_entries ORDER BY id",
    ];

    public static Task<string> OfAsync(TestDatabase database) => Task.Run(() => string.Join(
        '\n',
        Queries.SelectMany(sql => database.Rows(sql, reader => string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))))));

    /// <summary>The one number a query returns (written so it reads the same on SQLite and PostgreSQL).</summary>
    public static Task<long> CountAsync(TestDatabase database, string sql) => Task.Run(() => database.Scalar(sql));
}
