using System.CommandLine;
using Reporting.Core.Periods;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using Reporting.Workflows.Queries;
using Reporting.Workflows;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Prints province-wide figures of a period against a compare period.</summary>
internal sealed class SummaryCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<PeriodId?> compareOption = CliOptions.OptionalPeriod("--compare", "The period to compare with (default: the same period a year earlier)");
    private readonly Option<string?> byOption = CliOptions.Text("--by", "group|agency", "Break the figures down by agency group or by agency").AcceptOnlyFromAmong("group", "agency");
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
    private readonly Option<Language> langOption = CliOptions.Language();
    private readonly Option<bool> acceptedOnlyOption = CliOptions.Flag("--accepted-only", "Count only the submissions an analyst accepted (the compare period as usual)");

    public SummaryCommand(CliContext context)
        : base(context, "summary", "Province-wide figures for a period against the same period a year earlier", """
            reporting summary --period ID [--compare ID] [--by group|agency] [--format table|csv|json] [--lang vi|en] [--accepted-only]

            For each indicator: value, compare value (default: the same period a year earlier), change
            (% for counts and amounts, percentage points for rates), target, attainment, agencies
            reported/expected. JSON fields: code, name, unit, value, compareValue, change, changeUnit
            ("%" or "pp"), target, attainment, reported, expected, complete, estimated (how many of the
            reporting agencies' values are estimates, "ước thực hiện"), estimate (the mark, e.g.
            "ước: 12/130 đơn vị"), compareEstimated (and group or agency with --by). In the table a figure
            built on estimates reads "ước" (vi) or "est." (en) with its count in the Estimates column.
            --accepted-only counts only the current versions an analyst accepted; without it, figures
            include versions still waiting for review, and stderr says how many.
            """)
    {
        Add(periodOption);
        Add(compareOption);
        Add(byOption);
        Add(formatOption);
        Add(langOption);
        Add(acceptedOnlyOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        var compare = parse.GetValue(compareOption);
        var by = parse.GetValue(byOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var detail = by switch
        {
            "group" => AggregateDetail.Groups,
            "agency" => AggregateDetail.Agencies,
            _ => AggregateDetail.Province,
        };
        var acceptedOnly = parse.GetValue(acceptedOnlyOption);
        var (summary, _, rows) = await new SummaryQuery(workspace).BreakdownAsync(period, compare, detail, acceptedOnly, cancellationToken);
        var review = await new Workflows.Review.ReviewQueue(workspace).AcceptanceAsync(period, cancellationToken);
        if (review.NotAccepted > 0)
        {
            Terminal.Err.MarkupLine(acceptedOnly
                ? Terminal.Markup($"From accepted submissions only: {review.NotAccepted} of {review.All} submissions of {period} are not counted (not yet accepted).")
                : Terminal.Markup($"These figures include {review.NotAccepted} of {review.All} submissions of {period} not yet accepted by an analyst (--accepted-only leaves them out)."));
        }

        var language = parse.GetValue(langOption);
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(rows.Select(r => new
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
                    estimated = r.Row.Current.Estimated,
                    estimate = r.Row.Current.IsEstimate ? ReportFormat.EstimateMark(r.Row.Current, language) : null,
                    compareEstimated = r.Row.Compare.Estimated,
                }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(
                    [by ?? "level", "code", "name", "unit", "value", "compareValue", "change", "changeUnit", "target", "attainment", "reported", "expected", "estimated"],
                    rows.Select(r => (IReadOnlyList<object?>)[r.Level, r.Row.Indicator.Code, r.Row.Indicator.Name(language), r.Row.Indicator.Unit(language), r.Row.Value, r.Row.CompareValue, r.Row.Change, r.Row.ChangeUnit == ChangeUnit.PercentagePoints ? "pp" : "%", r.Row.Target, r.Row.Attainment, r.Row.Reported, r.Row.Expected, r.Row.Current.Estimated]));
                break;
            default:
                PrintTable(summary, rows, by, language, workspace.Catalog);
                break;
        }

        return 0;
    }

    private void PrintTable(PeriodSummary summary, IReadOnlyList<LevelRow> rows, string? by, Language language, IndicatorCatalog catalog)
    {
        var en = language == Language.English;
        Terminal.Out.MarkupLine($"[bold]{Markup.Escape(ReportFormat.PeriodName(summary.Period, language))}[/] {(en ? "compared with" : "so với")} {Markup.Escape(ReportFormat.PeriodName(summary.ComparePeriod, language))}");
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
        var anyEstimate = rows.Any(r => r.Row.Current.IsEstimate);
        if (anyEstimate)
        {
            table.AddColumn(new TableColumn(en ? "Estimates" : "Ước tính"));
        }

        string? group = null;
        foreach (var (level, row) in rows)
        {
            var i = row.Indicator;
            if (by is null && i.Group != group)
            {
                group = i.Group;
                table.AddRow(string.Empty, $"[bold]{Markup.Escape(catalog.GroupOf(i).Name(language))}[/]");
            }

            var flag = (row.Current.Complete ? string.Empty : " *") + (row.Current.IsEstimate ? " " + ReportFormat.EstimateWord(language) : string.Empty);
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
            if (anyEstimate)
            {
                cells.Add(Markup.Escape(ReportFormat.EstimateMark(row.Current, language)));
            }

            if (by is not null)
            {
                cells.Insert(0, Markup.Escape(level));
            }

            table.AddRow(cells.ToArray());
        }

        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine(en ? "* incomplete: months or agencies missing" : "* chưa đầy đủ: thiếu tháng hoặc đơn vị chưa báo cáo");
        if (anyEstimate)
        {
            Terminal.Out.MarkupLine(Markup.Escape(en
                ? "est.: built on estimates; the count is of agencies whose values are estimates, of those that reported"
                : "ước: có số liệu ước thực hiện; số đếm là số đơn vị có số liệu ước tính trên số đơn vị đã báo cáo"));
        }
        if (summary.CompareHasCarriedFigures)
        {
            Terminal.Out.MarkupLine(Markup.Escape(en
                ? $"Note: {summary.ComparePeriod} figures of agencies merged or renamed since are counted under their successors."
                : $"Ghi chú: số liệu kỳ {summary.ComparePeriod} của các đơn vị đã sáp nhập, đổi tên được tính cho đơn vị kế thừa."));
        }
    }
}
