using System.CommandLine;
using Reporting.Core.Catalog;
using Spectre.Console;

using Reporting.Workflows;

namespace Reporting.Cli.Commands;

/// <summary>Lists the indicator catalog.</summary>
internal sealed class IndicatorsCommand : ReportingCommand
{
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
    private readonly Option<Language> langOption = CliOptions.Language();

    public IndicatorsCommand(CliContext context)
        : base(context, "indicators", "List the indicator catalog with its rules", """
            reporting indicators [--format table|json|csv] [--lang vi|en] [--db PATH]

            JSON fields: code, name, nameEn, unit, group, kind, overTime, overAgencies, formula, partOf, sumOf,
            reportedBy, targets.
            """)
    {
        Add(formatOption);
        Add(langOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var language = parse.GetValue(langOption);
        var indicators = workspace.Catalog.Indicators;
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(indicators.Select(i => new
                {
                    code = i.Code,
                    name = i.NameVi,
                    nameEn = i.NameEn,
                    unit = i.Unit(language),
                    group = i.Group,
                    kind = i.Kind.ToString().ToLowerInvariant(),
                    overTime = i.OverTime.ToString().ToLowerInvariant(),
                    overAgencies = i.OverAgencies.ToString(),
                    formula = i.Formula?.Text,
                    partOf = i.PartOf,
                    sumOf = i.SumOf,
                    reportedBy = i.ReportedBy,
                    targets = i.Targets,
                }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(
                    ["code", "name", "unit", "group", "kind", "overTime", "overAgencies", "formula"],
                    indicators.Select(i => (IReadOnlyList<object?>)[i.Code, i.Name(language), i.Unit(language), i.Group, i.Kind, i.OverTime, i.OverAgencies, i.Formula?.Text]));
                break;
            default:
                var table = new Table().AddColumns("Code", "Indicator", "Unit", "Group", "Over time", "Over agencies", "Formula / check");
                foreach (var i in indicators)
                {
                    var rule = i.Formula?.Text ?? (i.PartOf is { } whole ? "<= " + whole : i.SumOf is { } parts ? "= " + string.Join(" + ", parts) : string.Empty);
                    table.AddRow(i.Code, Markup.Escape(i.Name(language)), Markup.Escape(i.Unit(language)), i.Group, i.IsDerived ? "derived" : i.OverTime.ToString(), i.OverAgencies.ToString(), Markup.Escape(rule));
                }

                Terminal.Out.Write(table);
                break;
        }

        return 0;
    }
}
