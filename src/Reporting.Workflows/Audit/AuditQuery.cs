using System.Globalization;
using System.Text;
using Reporting.Core.Audit;
using Reporting.Data;
using Reporting.Excel.Tables;

namespace Reporting.Workflows.Audit;

/// <summary>The audit log, filtered, as the portal's Audit page and `reporting audit` show and export it.</summary>
public sealed class AuditQuery(ReportingWorkspace workspace)
{
    /// <summary>The columns of every export, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "at", "actor", "origin", "action", "period", "agency", "submission", "before", "after"];

    public Task<IReadOnlyList<AuditRecord>> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        DateTimeOffset? since = null;
        if (filter.Since is { } day)
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            since = new DateTimeOffset(midnight, workspace.Clock.Zone.GetUtcOffset(midnight));
        }

        return new AuditLog(workspace.Db).ListAsync(filter.Period?.ToString(), string.IsNullOrWhiteSpace(filter.AgencyCode) ? null : filter.AgencyCode.Trim(), since, cancellationToken);
    }

    /// <summary>One row of text cells per entry, in <see cref="Columns"/>' order (times in UTC, ISO 8601).</summary>
    public static IReadOnlyList<string?> Cells(AuditRecord entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return
        [
            entry.Id.ToString(CultureInfo.InvariantCulture),
            entry.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Origin,
            entry.Action,
            entry.Period,
            entry.AgencyCode,
            entry.SubmissionId?.ToString(CultureInfo.InvariantCulture),
            entry.Before,
            entry.After,
        ];
    }

    /// <summary>The entries as CSV (RFC 4180, UTF-8 text), with a header row.</summary>
    public static string Csv(IReadOnlyList<AuditRecord> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var entry in entries)
        {
            text.Append(string.Join(',', Cells(entry).Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>The entries as an .xlsx workbook (one sheet, a header row, one row per entry).</summary>
    public static byte[] Workbook(IReadOnlyList<AuditRecord> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return TableWorkbook.Write("Audit", Columns, entries.Select(Cells).ToList());
    }

    private static string Quote(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        // A cell a spreadsheet would run as a formula is written as text.
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
