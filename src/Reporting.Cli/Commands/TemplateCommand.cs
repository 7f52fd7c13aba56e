using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Excel.Templates;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Writes the workbook an agency fills in for a period.</summary>
internal sealed class TemplateCommand : ICommand
{
    public string Name => "template";

    public string Summary => "Write the spreadsheet an agency fills in for a period";

    public string Help => """
        reporting template --agency CODE --period ID --out FILE.xlsx [--lang vi|en]
        reporting template --all --period ID --out DIR [--lang vi|en]

        --all writes one workbook per submission owed in the period, named AGENCY_PERIOD.xlsx
        (for 2026-Q1: the three months of monthly agencies, the quarter of quarterly ones).
        """;

    public IReadOnlyList<string> Options => ["agency", "period", "out", "all", "lang"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        var period = line.Period();
        var output = line.Required("out");
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        var writer = new SubmissionTemplateWriter(workspace.Catalog);
        if (line.Has("all"))
        {
            Directory.CreateDirectory(output);
            var count = 0;
            foreach (var agency in workspace.Agencies.ActiveDuring(period))
            {
                foreach (var owed in SubmissionSchedule.Owed(agency, period))
                {
                    Write(writer, agency, owed, line, Path.Combine(output, $"{agency.Code}_{owed}.xlsx"));
                    count++;
                }
            }

            terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote {count} workbooks to {output}[/]"));
            return 0;
        }

        var code = line.Required("agency");
        var found = workspace.Agencies.Find(code) ?? throw new UsageException($"--agency {code}: no such agency (see `reporting agencies`)");
        if (found.SubmissionPeriodFor(period.FirstMonth) != period)
        {
            throw new UsageException($"--period {period}: agency {code} reports {found.Frequency.ToText()}, so its periods look like {found.SubmissionPeriodFor(period.FirstMonth)}");
        }

        if (!found.IsActiveDuring(period))
        {
            throw new UsageException($"--agency {code} did not exist during {period} (active {found.ActiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} to {found.ActiveUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"})");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        Write(writer, found, period, line, output);
        terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote {output}[/]"));
        return 0;
    }

    private static void Write(SubmissionTemplateWriter writer, Agency agency, PeriodId period, CommandLine line, string path)
    {
        using var stream = File.Create(path);
        writer.Write(agency, period, line.Language, stream);
    }
}
