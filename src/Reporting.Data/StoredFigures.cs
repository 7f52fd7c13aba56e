using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;

namespace Reporting.Data;

/// <summary>
/// The JSON of a <c>stored_aggregates</c> row: each indicator's province figure (no sources), who carries whom, and the
/// totals of the carriers' shares the figures were summed from.
/// </summary>
internal static partial class StoredFigures
{
    /// <summary>
    /// The build of the aggregation rules (Reporting.Core, built deterministically: same code, same id): figures
    /// aggregated by another release are aggregated again, not trusted.
    /// </summary>
    private static readonly string Rules = typeof(PeriodAggregate).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Write(PeriodAggregate aggregate, ProvinceTotals? totals, IEnumerable<string> indicatorCodes) => JsonSerializer.Serialize(
        new Row(
            Rules,
            indicatorCodes.Select(aggregate.Province)
                .Select(f => new ProvinceFigure(f.IndicatorCode, f.Value, f.Reported, f.Expected, f.Complete, f.SourceCount, f.Estimated, f.EstimatedAmong))
                .ToList(),
            aggregate.Carried.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal),
            totals?.Indicators.Select(t => new Total(t.Code, t.Sum, t.Yes, t.Count, t.Estimated, t.SourceCount, t.Reported, t.Expected, t.Incomplete, [.. t.Scales])).ToList()),
        RowJson.Default.Row);

    /// <returns>Null when the figures were aggregated by another build or the row cannot be read (damaged): figures kept
    /// are derived, never a source, so such a row is aggregated again and replaced rather than failing the command.</returns>
    public static (PeriodAggregate Aggregate, ProvinceTotals? Totals)? Read(PeriodId period, string json)
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
        var carried = row.Carried.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.Ordinal);
        var totals = row.Totals?.Select(t => new IndicatorTotal(t.Code, t.Sum, t.Yes, t.Count, t.Estimated, t.SourceCount, t.Reported, t.Expected, t.Incomplete, t.Scales ?? [])).ToList();
        return (
            new PeriodAggregate(period, province, new Dictionary<(string, string), Figure>(), new Dictionary<(string, string), Figure>(), carried),
            totals is null ? null : new ProvinceTotals(totals, carried));
    }

    /// <summary>Generated at build time: reading a row does not build a serializer by reflection on every cold start.</summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(Row))]
    private sealed partial class RowJson : JsonSerializerContext;

    private sealed record Row(string Rules, List<ProvinceFigure> Figures, Dictionary<string, string[]> Carried, List<Total>? Totals);

    private sealed record ProvinceFigure(string Code, decimal? Value, int Reported, int Expected, bool Complete, int SourceCount, int Estimated, int EstimatedAmong);

    private sealed record Total(string Code, decimal Sum, int Yes, int Count, int Estimated, int SourceCount, int Reported, int Expected, int Incomplete, int[]? Scales);
}
