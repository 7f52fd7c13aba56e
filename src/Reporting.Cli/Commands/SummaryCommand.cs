using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using Reporting.Workflows.Queries;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Prints province-wide figures of a period against a compare period.</summary>
internal sealed class SummaryCommand : ICommand
{
    public string Name => "summary";

    public string Summary => "Province-wide figures for a period against the same period a year earlier";

    public string Help => """
        reporting summary --period ID [--compare ID] [--by group|agency] [--format table|csv|json] [--lang vi|en]

        For each indicator: value, compare value (default: the same period a year earlier), change
        (% for counts and amounts, percentage points for rates), target, attainment, agencies
        reported/expected. JSON fields: code, name, unit, value, compareValue, change, changeUnit
        ("%" or "pp"), target, attainment, reported, expected, complete (and group or agency with --by).
        """;

    public IReadOnlyList<string> Options => ["period", "compare", "by", "format", "lang"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        var period = line.Period();
        var compare = line.OptionalPeriod("compare");
        var by = line.Option("by");
        if (by is not (null or "group" or "agency"))
        {
            throw new UsageException($"--by {by}: use group or agency");
        }

        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        var detail = by switch
        {
            "group" => AggregateDetail.Groups,
            "agency" => AggregateDetail.Agencies,
            _ => AggregateDetail.Province,
        };
        var summary = await new SummaryQuery(workspace).BuildAsync(period, compare, detail: detail, cancellationToken: cancellationToken);
        var language = line.Language;
        var rows = Rows(summary, workspace, by).ToList();
        switch (line.Format)
        {
            case OutputFormat.Json:
                terminal.WriteJson(rows.Select(r => new
                {
                    group = by == "group" ? r.Level : null,
                    agency = by == "agency" ? r.Level : null,
                    code = r.Row.Indicator.Code,
                    name = r.Row.Indicator.Name(language),
                    unit = r.Row.Indicator.Unit(language),
                    value = r.Row.Value,
                    compareValue = r.Row.CompareValue,
                    change = r.Row.Change,
                    changeUnit = r.Row.ChangeUnit == ChangeUnit.PercentagePoints ? "pp" : "%",
                    target = r.Row.Target,
                    attainment = r.Row.Attainment,
                    reported = r.Row.Reported,
                    expected = r.Row.Expected,
                    complete = r.Row.Current.Complete,
                }));
                break;
            case OutputFormat.Csv:
                terminal.WriteCsv(
                    [by ?? "level", "code", "name", "unit", "value", "compareValue", "change", "changeUnit", "target", "attainment", "reported", "expected"],
                    rows.Select(r => (IReadOnlyList<object?>)[r.Level, r.Row.Indicator.Code, r.Row.Indicator.Name(language), r.Row.Indicator.Unit(language), r.Row.Value, r.Row.CompareValue, r.Row.Change, r.Row.ChangeUnit == ChangeUnit.PercentagePoints ? "pp" : "%", r.Row.Target, r.Row.Attainment, r.Row.Reported, r.Row.Expected]));
                break;
            default:
                PrintTable(summary, rows, by, language, terminal, workspace.Catalog);
                break;
        }

        return 0;
    }

    private static IEnumerable<(string Level, SummaryRow Row)> Rows(PeriodSummary summary, Workflows.ReportingWorkspace workspace, string? by)
    {
        var year = summary.Period.Year;
        var indicators = workspace.Catalog.Indicators;
        return by switch
        {
            "group" => workspace.Agencies.Groups.SelectMany(g => indicators
                .Select(i => (g.Code, SummaryBuilder.Compare(i, summary.Current.Group(g.Code, i.Code), summary.Compare.Group(g.Code, i.Code), year)))
                .Where(r => r.Item2.Value is not null || r.Item2.CompareValue is not null)),
            "agency" => summary.Current.Agencies.Concat(summary.Compare.Agencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).SelectMany(a => indicators
                .Select(i => (a, SummaryBuilder.Compare(i, summary.Current.Agency(a, i.Code), summary.Compare.Agency(a, i.Code), year)))
                .Where(r => r.Item2.Value is not null || r.Item2.CompareValue is not null)),
            _ => summary.Rows.Select(r => ("province", r)),
        };
    }

    private static void PrintTable(PeriodSummary summary, List<(string Level, SummaryRow Row)> rows, string? by, Language language, Terminal terminal, IndicatorCatalog catalog)
    {
        var en = language == Language.English;
        terminal.Out.MarkupLine($"[bold]{Markup.Escape(ReportFormat.PeriodName(summary.Period, language))}[/] {(en ? "compared with" : "so với")} {Markup.Escape(ReportFormat.PeriodName(summary.ComparePeriod, language))}");
        var table = new Table();
        if (by is not null)
        {
            table.AddColumn(by);
        }

        table.AddColumns(en ? "Code" : "Mã", en ? "Indicator" : "Chỉ tiêu", en ? "Unit" : "Đơn vị")
            .AddColumn(new TableColumn(summary.Period.ToString()).RightAligned())
            .AddColumn(new TableColumn(summary.ComparePeriod.ToString()).RightAligned())
            .AddColumn(new TableColumn(en ? "Change" : "Tăng/giảm").RightAligned())
            .AddColumn(new TableColumn(en ? "Target" : "Kế hoạch").RightAligned())
            .AddColumn(new TableColumn(en ? "Attained" : "Đạt").RightAligned())
            .AddColumn(new TableColumn(en ? "Reported" : "Đã báo cáo").RightAligned());
        string? group = null;
        foreach (var (level, row) in rows)
        {
            var i = row.Indicator;
            if (by is null && i.Group != group)
            {
                group = i.Group;
                table.AddRow(string.Empty, $"[bold]{Markup.Escape(catalog.GroupOf(i).Name(language))}[/]");
            }

            var flag = row.Current.Complete ? string.Empty : " *";
            Func<Indicator, decimal?, Language, string> figure = by == "agency" ? ReportFormat.AgencyFigure : ReportFormat.Value;
            var cells = new List<string>
            {
                i.Code,
                Markup.Escape(i.Name(language)),
                Markup.Escape(i.Unit(language)),
                figure(i, row.Value, language) + flag,
                figure(i, row.CompareValue, language),
                Markup.Escape(ReportFormat.Change(row, language)),
                ReportFormat.Value(i, row.Target, language),
                row.Attainment is { } a ? ReportFormat.Number(a, 1, language) + "%" : "-",
                $"{row.Reported}/{row.Expected}",
            };
            if (by is not null)
            {
                cells.Insert(0, Markup.Escape(level));
            }

            table.AddRow(cells.ToArray());
        }

        terminal.Out.Write(table);
        terminal.Out.MarkupLine(en ? "* incomplete: months or agencies missing" : "* chưa đầy đủ: thiếu tháng hoặc đơn vị chưa báo cáo");
        if (summary.CompareHasCarriedFigures)
        {
            terminal.Out.MarkupLine(Markup.Escape(en
                ? $"Note: {summary.ComparePeriod} figures of agencies merged or renamed since are counted under their successors."
                : $"Ghi chú: số liệu kỳ {summary.ComparePeriod} của các đơn vị đã sáp nhập, đổi tên được tính cho đơn vị kế thừa."));
        }
    }
}
