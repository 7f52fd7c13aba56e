using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows.Admin;

/// <summary>
/// Changes to the stored catalog an admin makes: yearly targets, deadlines of particular periods, the agency list.
/// Each edits the stored JSON document and saves it through <see cref="CatalogStore"/>, which checks it reads, so the
/// database and `reporting init` keep one format. Figures need no rebuild: roll-ups do not depend on the catalog.
/// </summary>
public sealed class CatalogEditor(ReportingWorkspace workspace)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly CatalogStore store = new(workspace.Db);

    /// <summary>Sets an indicator's target for a year, or removes it when <paramref name="target"/> is null.</summary>
    public async Task SetTargetAsync(string indicatorCode, int year, decimal? target, CancellationToken cancellationToken = default)
    {
        var documents = await store.DocumentsAsync(cancellationToken);
        var root = JsonNode.Parse(documents[CatalogDocument.Indicators])!.AsObject();
        var indicator = (root["indicators"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(i => string.Equals((string?)i["code"], indicatorCode, StringComparison.Ordinal))
            ?? throw new ArgumentException($"no indicator {indicatorCode}", nameof(indicatorCode));
        if (indicator["targets"] is not JsonObject targets)
        {
            targets = [];
            indicator["targets"] = targets;
        }

        var key = year.ToString(CultureInfo.InvariantCulture);
        targets.Remove(key);
        if (target is { } value)
        {
            targets[key] = value;
        }

        await SaveAsync(documents, CatalogDocument.Indicators, root.ToJsonString(Indented), cancellationToken);
    }

    /// <summary>Sets the deadline of one period, or returns it to the calendar's rule when <paramref name="due"/> is null.</summary>
    public async Task SetDeadlineAsync(PeriodId period, DateOnly? due, CancellationToken cancellationToken = default)
    {
        var documents = await store.DocumentsAsync(cancellationToken);
        var root = documents.TryGetValue(CatalogDocument.Calendar, out var json) ? JsonNode.Parse(json)!.AsObject() : [];
        if (root["deadlines"] is not JsonObject deadlines)
        {
            deadlines = [];
            root["deadlines"] = deadlines;
        }

        var key = period.ToString();
        deadlines.Remove(key);
        if (due is { } day)
        {
            deadlines[key] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        await SaveAsync(documents, CatalogDocument.Calendar, root.ToJsonString(Indented), cancellationToken);
    }

    /// <summary>Replaces the agency list (the same JSON as templates/agencies.json); a list that does not read changes nothing.</summary>
    public async Task ReplaceAgenciesAsync(string agenciesJson, CancellationToken cancellationToken = default)
    {
        var documents = await store.DocumentsAsync(cancellationToken);
        await SaveAsync(documents, CatalogDocument.Agencies, agenciesJson, cancellationToken);
    }

    /// <summary>The stored agency list's JSON, to download and edit.</summary>
    public async Task<string> AgenciesJsonAsync(CancellationToken cancellationToken = default) =>
        (await store.DocumentsAsync(cancellationToken))[CatalogDocument.Agencies];

    private async Task SaveAsync(IReadOnlyDictionary<string, string> documents, string name, string json, CancellationToken cancellationToken)
    {
        var changed = documents.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        changed[name] = json;
        await store.SaveAsync(changed[CatalogDocument.Indicators], changed[CatalogDocument.Agencies], changed.GetValueOrDefault(CatalogDocument.Calendar), workspace.Time.GetUtcNow(), cancellationToken);
    }
}
