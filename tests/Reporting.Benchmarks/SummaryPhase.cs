using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Workflows;
using Reporting.Workflows.Queries;

namespace Reporting.Benchmarks;

/// <summary>Goal 2: the H1 summary with comparison over the whole big database, against one hand-written GROUP BY.</summary>
internal static class SummaryPhase
{
    public static readonly PeriodId Period = PeriodId.Parse("2026-H1");

    /// <summary>A flow indicator every agency reports: its province total must agree between the two phases.</summary>
    private const string CheckIndicator = "EDOC.SENT";

    /// <summary>SummaryQuery.BuildAsync on an open workspace (the open is not timed): warm-up, then median of 3.</summary>
    public static async Task<PhaseResult> RunSummaryAsync(BenchmarkOptions options)
    {
        var clock = Stopwatch.StartNew();
        await using var workspace = await ReportingWorkspace.OpenAsync(options.ProvinceDatabase, options.Templates);
        var open = clock.Elapsed.TotalSeconds;
        var query = new SummaryQuery(workspace);
        PeriodSummary? summary = null;
        var seconds = await Timing.MedianAsync(async () => summary = await query.BuildAsync(Period));

        // One more run, step by step, for where the time goes.
        clock.Restart();
        var values = await query.ValuesAsync([Period, Period.SamePeriodLastYear]);
        var read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        _ = new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(values, Period);
        var build = clock.Elapsed.TotalSeconds;

        var row = summary!.Rows.Single(r => r.Indicator.Code == CheckIndicator);
        var splits = new Dictionary<string, double>
        {
            ["workspace open (not timed)"] = open,
            ["read values (SummaryQuery.ValuesAsync -> SubmissionStore.CurrentValuesAsync)"] = read,
            ["aggregate and compare (SummaryBuilder.Build)"] = build,
        };
        return new PhaseResult(seconds, splits, $"{values.Count:N0} values read; {CheckIndicator} {Period} = {row.Value:N0}, {Period.SamePeriodLastYear} = {row.CompareValue:N0}");
    }

    /// <summary>
    /// The hand-written baseline: SUM per indicator of the current submissions inside each period, for the period and its
    /// compare period. It knows no stock rule, no derived indicator, no agency structure: a floor, not an equivalent.
    /// </summary>
    public static async Task<PhaseResult> RunGroupByAsync(BenchmarkOptions options)
    {
        await using var connection = new SqliteConnection($"Data Source={options.ProvinceDatabase};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT v.indicator_code, SUM(v.value_micros), COUNT(*)
            FROM submissions s JOIN submission_values v ON v.submission_id = s.id
            WHERE s.is_current = 1 AND s.first_month >= $from AND s.last_month <= $to
            GROUP BY v.indicator_code
            """;
        var from = command.Parameters.Add(new SqliteParameter { ParameterName = "$from" });
        var to = command.Parameters.Add(new SqliteParameter { ParameterName = "$to" });
        command.Prepare();

        var totals = new Dictionary<PeriodId, Dictionary<string, decimal>>();
        var rows = 0L;
        var seconds = await Timing.MedianAsync(async () =>
        {
            rows = 0;
            foreach (var period in new[] { Period, Period.SamePeriodLastYear })
            {
                (from.Value, to.Value) = (period.FirstMonth.Index, period.LastMonth.Index);
                var sums = totals[period] = new Dictionary<string, decimal>(StringComparer.Ordinal);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    sums[reader.GetString(0)] = reader.GetInt64(1) / 1_000_000m;
                    rows += reader.GetInt64(2);
                }
            }
        });

        var current = totals[Period][CheckIndicator].ToString("N0", CultureInfo.InvariantCulture);
        var compare = totals[Period.SamePeriodLastYear][CheckIndicator].ToString("N0", CultureInfo.InvariantCulture);
        return new PhaseResult(seconds, new Dictionary<string, double>(), $"{rows:N0} values summed; {CheckIndicator} {Period} = {current}, {Period.SamePeriodLastYear} = {compare}");
    }
}
