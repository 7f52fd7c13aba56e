using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Reporting.Core.Aggregation;
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
    public static async Task<PhaseResult> RunSummaryAsync(BenchmarkOptions options, BenchmarkDatabase database)
    {
        var clock = Stopwatch.StartNew();
        await using var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = options.Templates });
        var open = clock.Elapsed.TotalSeconds;
        var query = new SummaryQuery(workspace);
        PeriodSummary? summary = null;
        // The previous run's summary is let go first, so that a run holds one summary, as a command does.
        var seconds = await Timing.MedianAsync(async () =>
        {
            summary = null;
            summary = await query.BuildAsync(Period);
        });

        // One more run, step by step, for where the time goes.
        clock.Restart();
        var current = await workspace.Submissions.Rollups.ReadAsync(Period);
        var compare = await workspace.Submissions.Rollups.ReadAsync(Period.SamePeriodLastYear);
        var read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        _ = new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(current, compare);
        var build = clock.Elapsed.TotalSeconds;

        // What the portal does for each upload of a period still being filled (PeriodFiguresQuery.UpdateAggregateAsync):
        // the agency's roll-ups replaced and its carrier's shares of the province tally worked out again; against
        // aggregating the province again from every roll-up in memory.
        var structureDate = SummaryBuilder.StructureDate(Period);
        var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
        var agency = new HashSet<string>(StringComparer.Ordinal) { current.Of(CheckIndicator).Keys.First() };
        var theirs = await workspace.Submissions.Rollups.ReadOfAgenciesOnOwnConnectionAsync(Period, agency);
        var replace = await Timing.MedianAsync(() => { _ = current.Replacing(agency, theirs); return Task.CompletedTask; });
        var aggregate = await Timing.MedianAsync(() => { _ = aggregator.Aggregate(current, structureDate, AggregateDetail.Province); return Task.CompletedTask; });
        var tally = ProvinceTally.Of(workspace.Catalog, workspace.Agencies, current, structureDate);
        var tallied = await Timing.MedianAsync(() => { _ = tally.Replacing(agency, theirs); return Task.CompletedTask; });

        var row = summary!.Rows.Single(r => r.Indicator.Code == CheckIndicator);
        var splits = new Dictionary<string, double>
        {
            ["workspace open (not timed)"] = open,
            ["read stored roll-ups of both periods (PeriodRollupStore.ReadAsync)"] = read,
            ["aggregate over agencies and compare (SummaryBuilder.Build)"] = build,
            ["an upload's update: one agency's roll-ups replaced (RollupSet.Replacing, median)"] = replace,
            ["the province aggregated again in memory (Aggregator, province only, median)"] = aggregate,
            ["an upload's update: the agency's carrier's shares worked out again and summed (ProvinceTally.Replacing, median)"] = tallied,
        };
        return new PhaseResult(seconds, splits, $"{row.Current.SourceCount + row.Compare.SourceCount:N0} {CheckIndicator} values behind the figures; "
            + $"{CheckIndicator} {Period} = {row.Value:N0}, {Period.SamePeriodLastYear} = {row.CompareValue:N0}");
    }

    /// <summary>SUM per indicator over the current submissions' values inside the period: a floor over the raw values.</summary>
    public const string ValuesGroupBy = """
        SELECT v.indicator_code, SUM(v.value_micros), COUNT(*)
        FROM submissions s JOIN submission_values v ON v.submission_id = s.id
        WHERE s.is_current AND s.first_month >= @from AND s.last_month <= @to
        GROUP BY v.indicator_code
        """;

    /// <summary>SUM per indicator over the stored roll-ups of the period: the floor of reading the roll-up table at all.</summary>
    public const string RollupsGroupBy = """
        SELECT indicator_code, SUM(sum_micros), SUM(value_count)
        FROM period_rollups
        WHERE period = @period
        GROUP BY indicator_code
        """;

    /// <summary>
    /// The hand-written baseline: SUM per indicator of the current submissions inside each period, for the period and its
    /// compare period. It knows no stock rule, no derived indicator, no agency structure: a floor, not an equivalent.
    /// </summary>
    public static async Task<PhaseResult> RunGroupByAsync(BenchmarkDatabase database, string sql)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var (from, to, periodText) = (Parameter(command, "from", DbType.Int32), Parameter(command, "to", DbType.Int32), Parameter(command, "period", DbType.String));
        if (!sql.Contains("@from", StringComparison.Ordinal))
        {
            command.Parameters.Remove(from);
            command.Parameters.Remove(to);
        }
        else
        {
            command.Parameters.Remove(periodText);
        }

        command.Prepare();

        var totals = new Dictionary<PeriodId, Dictionary<string, decimal>>();
        var rows = 0L;
        var seconds = await Timing.MedianAsync(async () =>
        {
            rows = 0;
            foreach (var period in new[] { Period, Period.SamePeriodLastYear })
            {
                (from.Value, to.Value, periodText.Value) = (period.FirstMonth.Index, period.LastMonth.Index, period.ToString());
                var sums = totals[period] = new Dictionary<string, decimal>(StringComparer.Ordinal);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    sums[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture) / 1_000_000m;
                    rows += Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
                }
            }
        });

        var current = totals[Period][CheckIndicator].ToString("N0", CultureInfo.InvariantCulture);
        var compare = totals[Period.SamePeriodLastYear][CheckIndicator].ToString("N0", CultureInfo.InvariantCulture);
        return new PhaseResult(seconds, new Dictionary<string, double>(), $"{rows:N0} values summed; {CheckIndicator} {Period} = {current}, {Period.SamePeriodLastYear} = {compare}");
    }

    /// <summary>A parameter with its type given, so the command can be prepared before its first values.</summary>
    private static DbParameter Parameter(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.DbType) = (name, type);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
