using System.CommandLine;
using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Templates;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Writes the workbook an agency fills in for a period.</summary>
internal sealed class TemplateCommand : ReportingCommand
{
    private readonly Option<string?> agencyOption = CliOptions.Text("--agency", "CODE", "The agency the workbook is for");
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<string?> outputOption = CliOptions.Text("--out", "PATH", "The workbook to write (with --all: the folder)", required: true);
    private readonly Option<bool> allOption = CliOptions.Flag("--all", "One workbook per submission owed in the period");
    private readonly Option<Language> langOption = CliOptions.Language();

    public TemplateCommand(CliContext context)
        : base(context, "template", "Write the spreadsheet an agency fills in for a period", """
            reporting template --agency CODE --period ID --out FILE.xlsx [--lang vi|en]
            reporting template --all --period ID --out DIR [--lang vi|en]

            --all writes one workbook per submission owed in the period, named AGENCY_PERIOD.xlsx
            (for 2026-Q1: the three months of monthly agencies, the quarter of quarterly ones).
            """)
    {
        Add(agencyOption);
        Add(periodOption);
        Add(outputOption);
        Add(allOption);
        Add(langOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        var output = parse.GetValue(outputOption)!;
        var language = parse.GetValue(langOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var templates = new SubmissionTemplates(workspace);
        if (parse.GetValue(allOption))
        {
            Directory.CreateDirectory(output);
            var count = 0;
            foreach (var (agency, owed) in templates.Owed(period))
            {
                var file = templates.Build(agency, owed, language);
                await File.WriteAllBytesAsync(Path.Combine(output, file.FileName), file.Content, cancellationToken);
                count++;
            }

            Terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote {count} workbooks to {output}[/]"));
            return 0;
        }

        var code = parse.GetValue(agencyOption)!;
        var found = workspace.Agencies.Find(code) ?? throw new UsageException($"--agency {code}: no such agency (see `reporting agencies`)");
        switch (SubmissionTemplates.Refusal(found, period))
        {
            case TemplateRefusal.NotItsPeriod:
                throw new UsageException($"--period {period}: agency {code} reports {found.Frequency.ToText()}, so its periods look like {found.SubmissionPeriodFor(period.FirstMonth)}");
            case TemplateRefusal.NotActive:
                throw new UsageException($"--agency {code} did not exist during {period} (active {found.ActiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} to {found.ActiveUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"})");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var template = await SubmissionTemplates.BuildAsync(workspace, found, period, language, cancellationToken);
        await File.WriteAllBytesAsync(output, template.Content, cancellationToken);
        Terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote {output}[/]"));
        return 0;
    }
}
