using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists stored submissions, superseded versions included, or the values of one version.</summary>
internal sealed class SubmissionsCommand : ICommand
{
    public string Name => "submissions";

    public string Summary => "List stored submissions and their versions, or the values of one (--id)";

    public string Help => """
        reporting submissions [--period ID] [--agency CODE] [--format table|json|csv]
        reporting submissions --id N [--format table|json|csv]

        Every version is kept: a newer submission for the same agency and period supersedes the
        earlier one, which stays listed here (current = false) and readable with --id.
        """;

    public IReadOnlyList<string> Options => ["period", "agency", "id", "format"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        if (line.Option("id") is { } idText)
        {
            var id = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw new UsageException($"--id {idText}: not a submission id");
            var values = await workspace.Submissions.ValuesOfAsync(id, cancellationToken);
            if (line.Format == OutputFormat.Json)
            {
                terminal.WriteJson(values.Select(v => new { indicator = v.IndicatorCode, value = v.Value, cell = v.Cell }));
            }
            else
            {
                terminal.WriteCsv(["indicator", "value", "cell"], values.Select(v => (IReadOnlyList<object?>)[v.IndicatorCode, v.Value, v.Cell]));
            }

            return 0;
        }

        var period = line.OptionalPeriod("period");
        var from = period?.FirstMonth ?? new YearMonth(2000, 1);
        var to = period?.LastMonth ?? new YearMonth(2100, 12);
        var agency = line.Option("agency");
        var list = (await workspace.Submissions.SubmissionsAsync(from, to, includeSuperseded: true, cancellationToken))
            .Where(s => agency is null || s.AgencyCode == agency)
            .ToList();
        switch (line.Format)
        {
            case OutputFormat.Json:
                terminal.WriteJson(list.Select(s => new { id = s.Id, agency = s.AgencyCode, period = s.Period.ToString(), version = s.Version, current = s.IsCurrent, file = s.SourceFile, sha256 = s.Sha256, receivedAt = workspace.Clock.InProvince(s.ReceivedAt), values = s.ValueCount }));
                break;
            case OutputFormat.Csv:
                terminal.WriteCsv(["id", "agency", "period", "version", "current", "file", "sha256", "receivedAt"], list.Select(s => (IReadOnlyList<object?>)[s.Id, s.AgencyCode, s.Period.ToString(), s.Version, s.IsCurrent, s.SourceFile, s.Sha256, workspace.Clock.InProvince(s.ReceivedAt).ToString("O", CultureInfo.InvariantCulture)]));
                break;
            default:
                var table = new Table().AddColumns("Id", "Agency", "Period", "Version", "Current", "File", "Received", "Values");
                foreach (var s in list)
                {
                    table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.AgencyCode), s.Period.ToString(), s.Version.ToString(CultureInfo.InvariantCulture), s.IsCurrent ? "yes" : "superseded", Markup.Escape(s.SourceFile), ReportFormat.Time(s.ReceivedAt, workspace.Clock, line.Language), s.ValueCount.ToString(CultureInfo.InvariantCulture));
                }

                terminal.Out.Write(table);
                break;
        }

        return 0;
    }
}
