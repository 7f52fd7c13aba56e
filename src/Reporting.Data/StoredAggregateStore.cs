using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>
/// Province figures of a period kept in table <c>stored_aggregates</c> between processes: `reporting summary` run again
/// on unchanged data reads two rows instead of 2 x 190,000 roll-ups at 5,000 agencies. A row is used only while every
/// write since its stamp stored a submission of other months (the rule the portal's <c>FigureCache</c> keeps figures
/// by); a submission of its months, a catalog change or a review makes it aggregated again and replaced. Plain SQL:
/// asked once per command, where compiling LINQ would cost a cold start more than the read.
/// </summary>
public sealed partial class StoredAggregateStore(ReportingDbContext db)
{
    /// <summary>
    /// The province figures of <paramref name="period"/> over agencies as they stood on <paramref name="structureDate"/>,
    /// when a row holds them for data no different in their months from the data at <paramref name="now"/>; else null.
    /// </summary>
    public async Task<PeriodAggregate?> FindAsync(PeriodId period, DateOnly structureDate, DataStamp now, CancellationToken cancellationToken = default)
    {
        var row = await PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT stamp_total, stamp_catalog, stamp_submissions, figures FROM stored_aggregates WHERE period = @period AND structure_date = @date";
            PlainSql.AddParameter(command, "period", period.ToString());
            PlainSql.AddParameter(command, "date", structureDate);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? (Stamp: new DataStamp(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)), Figures: reader.GetString(3))
                : default;
        }, cancellationToken);
        if (row.Figures is null || !await UnchangedSinceAsync(row.Stamp, now, period, cancellationToken))
        {
            return null;
        }

        return StoredFigures.Read(period, row.Figures);
    }

    /// <summary>
    /// Keeps <paramref name="aggregate"/>'s province figures, aggregated from data at <paramref name="stamp"/> (read
    /// before the roll-ups were), replacing the period's row for that structure date.
    /// </summary>
    public Task KeepAsync(PeriodAggregate aggregate, DateOnly structureDate, DataStamp stamp, IEnumerable<string> indicatorCodes, CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = """
                INSERT INTO stored_aggregates (period, structure_date, stamp_total, stamp_catalog, stamp_submissions, figures)
                VALUES (@period, @date, @total, @catalog, @submissions, @figures)
                ON CONFLICT (period, structure_date) DO UPDATE SET stamp_total = excluded.stamp_total, stamp_catalog = excluded.stamp_catalog,
                    stamp_submissions = excluded.stamp_submissions, figures = excluded.figures
                """;
            PlainSql.AddParameter(command, "period", aggregate.Period.ToString());
            PlainSql.AddParameter(command, "date", structureDate);
            PlainSql.AddParameter(command, "total", stamp.Total);
            PlainSql.AddParameter(command, "catalog", stamp.Catalog);
            PlainSql.AddParameter(command, "submissions", stamp.Submissions);
            PlainSql.AddParameter(command, "figures", StoredFigures.Write(aggregate, indicatorCodes));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Whether every write from <paramref name="then"/> to <paramref name="now"/> stored a submission of other months than the period's.</summary>
    private async Task<bool> UnchangedSinceAsync(DataStamp then, DataStamp now, PeriodId period, CancellationToken cancellationToken)
    {
        if (then == now)
        {
            return true;
        }

        if (!now.OnlySubmissionsSince(then))
        {
            return false;
        }

        var changes = await new DataVersionStore(db).ChangesAsync(then.Submissions, now.Submissions, cancellationToken);
        return changes is not null && !changes.Any(c => c.Touches(period.FirstMonth, period.LastMonth));
    }

    /// <summary>The JSON of a row: each indicator's province figure (no sources), and who carries whom.</summary>
    private static partial class StoredFigures
    {
        /// <summary>
        /// The build of the aggregation rules (Reporting.Core, built deterministically: same code, same id): figures
        /// aggregated by another release are aggregated again, not trusted.
        /// </summary>
        private static readonly string Rules = typeof(PeriodAggregate).Assembly.ManifestModule.ModuleVersionId.ToString("N");

        public static string Write(PeriodAggregate aggregate, IEnumerable<string> indicatorCodes) => JsonSerializer.Serialize(
            new Row(
                Rules,
                indicatorCodes.Select(aggregate.Province)
                    .Select(f => new ProvinceFigure(f.IndicatorCode, f.Value, f.Reported, f.Expected, f.Complete, f.SourceCount, f.Estimated, f.EstimatedAmong))
                    .ToList(),
                aggregate.Carried.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal)),
            RowJson.Default.Row);

        /// <returns>Null when the figures were aggregated by another build or the row cannot be read (damaged): figures kept
        /// are derived, never a source, so such a row is aggregated again and replaced rather than failing the command.</returns>
        public static PeriodAggregate? Read(PeriodId period, string json)
        {
            Row? row;
            try
            {
                row = JsonSerializer.Deserialize(json, RowJson.Default.Row);
            }
            catch (JsonException)
            {
                return null;
            }

            if (row?.Rules != Rules || row.Figures is null || row.Carried is null)
            {
                return null;
            }

            var province = row.Figures.ToDictionary(
                f => f.Code,
                f => new Figure(f.Code, f.Value, f.Reported, f.Expected, f.Complete, []) { SourceCount = f.SourceCount, Estimated = f.Estimated, EstimatedAmong = f.EstimatedAmong },
                StringComparer.Ordinal);
            return new PeriodAggregate(
                period,
                province,
                new Dictionary<(string, string), Figure>(),
                new Dictionary<(string, string), Figure>(),
                row.Carried.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.Ordinal));
        }

        /// <summary>Generated at build time: reading a row does not build a serializer by reflection on every cold start.</summary>
        [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
        [JsonSerializable(typeof(Row))]
        private sealed partial class RowJson : JsonSerializerContext;

        private sealed record Row(string Rules, List<ProvinceFigure> Figures, Dictionary<string, string[]> Carried);

        private sealed record ProvinceFigure(string Code, decimal? Value, int Reported, int Expected, bool Complete, int SourceCount, int Estimated, int EstimatedAmong);
    }
}
