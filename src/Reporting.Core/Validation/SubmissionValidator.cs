using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Validation;

/// <summary>
/// The rules a submission must meet, whatever file or form it came from: the agency and period fit,
/// every indicator the agency reports is there, values are within bounds and consistent with each other.
/// </summary>
/// <param name="calendar">Where periods begin (default: calendar months).</param>
public sealed class SubmissionValidator(IndicatorCatalog catalog, AgencyDirectory directory, PeriodCalendar? calendar = null)
{
    private readonly PeriodCalendar calendar = calendar ?? PeriodCalendar.CalendarMonths;

    /// <summary>All problems found; <paramref name="history"/> (the agency's earlier values) only raises warnings.</summary>
    /// <param name="today">The province's day the file is validated on: a period that begins later is refused.</param>
    public IReadOnlyList<ValidationIssue> Validate(ParsedSubmission submission, IReadOnlyList<ReportedValue> history, DateOnly today)
    {
        var checkedSubmission = Check(submission, today);
        return [.. checkedSubmission.Issues, .. checkedSubmission.HistoryWarnings(history)];
    }

    /// <summary>Every check but the history's, which the result can add when the agency's values are read.</summary>
    /// <param name="today">The province's day the file is validated on: a period that begins later is refused.</param>
    public CheckedSubmission Check(ParsedSubmission submission, DateOnly today)
    {
        var issues = new List<ValidationIssue>(submission.Issues);
        void Add(string? cell, string? code, IssueText message, Severity severity = Severity.Error) =>
            issues.Add(new ValidationIssue(submission.SourceFile, submission.Sheet, cell, code, message, severity));

        var agency = CheckAgency(submission, Add);
        var period = submission.Period;
        if (period is null)
        {
            Add(submission.PeriodCell, null, new("the period is missing: " + PeriodId.FormatHelp, "thiếu kỳ báo cáo: " + PeriodId.FormatHelpVi));
        }

        if (period is { } begun)
        {
            CheckBegun(begun, today, submission.PeriodCell, Add);
        }

        if (agency is not null && period is { } p)
        {
            CheckActive(agency, p, submission.AgencyCell, Add);
            CheckFrequency(agency, p, submission.PeriodCell, Add);
        }

        var rows = CheckRows(submission, agency, Add);
        var valid = CheckValues(rows, period, Add);
        CheckPartOf(valid, Add);
        CheckSumOf(valid, Add);
        return new CheckedSubmission(submission, issues, agency, period, valid);
    }

    private static string Name(Agency agency) => $"{agency.Code} ({agency.Name})";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayVi(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private Agency? CheckAgency(ParsedSubmission submission, Action<string?, string?, IssueText, Severity> add)
    {
        if (string.IsNullOrWhiteSpace(submission.AgencyCode))
        {
            add(submission.AgencyCell, null, new("the agency code is missing", "thiếu mã đơn vị"), Severity.Error);
            return null;
        }

        var agency = directory.Find(submission.AgencyCode.Trim());
        if (agency is null)
        {
            add(submission.AgencyCell, null, new(
                $"unknown agency code '{submission.AgencyCode}': it is not in the agency list",
                $"mã đơn vị '{submission.AgencyCode}' không có trong danh sách đơn vị"), Severity.Error);
        }

        return agency;
    }

    /// <summary>
    /// Figures of a period that has not begun cannot exist yet: such a file almost always names the wrong period (a typo,
    /// a copy of last year's form), and stored it would show as that period's figures. Estimates ("ước thực hiện") are
    /// sent before a period ends, never before it begins.
    /// </summary>
    private void CheckBegun(PeriodId period, DateOnly today, string? cell, Action<string?, string?, IssueText, Severity> add)
    {
        var start = calendar.Start(period);
        if (start <= today)
        {
            return;
        }

        add(cell, null, new(
            $"the period {period} has not begun yet: it begins on {Day(start)} and today is {Day(today)}; a period's figures can be sent once it has begun: check the period",
            $"kỳ {period} chưa bắt đầu: kỳ bắt đầu từ {DayVi(start)}, hôm nay là {DayVi(today)}; chỉ gửi số liệu của kỳ đã bắt đầu: hãy kiểm tra lại kỳ báo cáo"), Severity.Error);
    }

    private void CheckActive(Agency agency, PeriodId period, string? cell, Action<string?, string?, IssueText, Severity> add)
    {
        if (agency.IsActiveDuring(period))
        {
            return;
        }

        if (agency.ActiveUntil is { } until && until < period.FirstMonth.FirstDay)
        {
            var successor = directory.CarriedBy(agency.Code, until.AddDays(1));
            var now = directory.CarriedBy(agency.Code, period.LastMonth.LastDay);
            var merged = Day(successor.ActiveFrom ?? until.AddDays(1));
            var message = successor.Code == agency.Code
                ? new IssueText(
                    $"agency {Name(agency)} ceased on {Day(until)} and cannot report for {period}",
                    $"đơn vị {Name(agency)} đã thôi hoạt động từ {DayVi(until)}, không báo cáo kỳ {period}")
                : new IssueText(
                    $"agency {Name(agency)} was merged into {Name(successor)} on {merged}: {period} must be reported by {now.Code}",
                    $"đơn vị {Name(agency)} đã sáp nhập vào {Name(successor)} từ {DayVi(successor.ActiveFrom ?? until.AddDays(1))}: kỳ {period} do {now.Code} báo cáo");
            add(cell, null, message, Severity.Error);
            return;
        }

        var from = agency.ActiveFrom!.Value;
        var replaced = string.Join(", ", agency.Replaces);
        add(cell, null, new(
            $"agency {Name(agency)} exists from {Day(from)} and cannot report for {period}" + (replaced.Length > 0 ? $"; {period} is reported by {replaced}" : string.Empty),
            $"đơn vị {Name(agency)} hoạt động từ {DayVi(from)}, không báo cáo kỳ {period}" + (replaced.Length > 0 ? $"; kỳ {period} do {replaced} báo cáo" : string.Empty)), Severity.Error);
    }

    private static void CheckFrequency(Agency agency, PeriodId period, string? cell, Action<string?, string?, IssueText, Severity> add)
    {
        var kind = agency.Frequency.PeriodKind();
        if (period.Kind == kind)
        {
            return;
        }

        var first = agency.SubmissionPeriodFor(period.FirstMonth);
        var last = agency.SubmissionPeriodFor(period.LastMonth);
        var submit = first == last ? $"submit {first}" : $"submit {first} to {last} separately";
        var submitVi = first == last ? $"hãy nộp kỳ {first}" : $"hãy nộp riêng từng kỳ từ {first} đến {last}";
        add(cell, null, new(
            $"agency {agency.Code} reports {agency.Frequency.ToText()}: {submit}, not {period}",
            $"đơn vị {agency.Code} báo cáo {agency.Frequency.ToTextVi()}: {submitVi}, không phải kỳ {period}"), Severity.Error);
    }

    /// <summary>Checks which rows are there; returns the rows whose values are worth checking further.</summary>
    private List<(Indicator Indicator, ParsedValue Row)> CheckRows(ParsedSubmission submission, Agency? agency, Action<string?, string?, IssueText, Severity> add)
    {
        var rows = new List<(Indicator, ParsedValue)>();
        var seen = new Dictionary<string, ParsedValue>(StringComparer.Ordinal);
        foreach (var row in submission.Values)
        {
            var indicator = catalog.Find(row.IndicatorCode);
            if (indicator is null)
            {
                add(row.Cell, row.IndicatorCode, new($"unknown indicator code {row.IndicatorCode}", $"mã chỉ tiêu {row.IndicatorCode} không có trong danh mục"), Severity.Error);
                continue;
            }

            if (!seen.TryAdd(indicator.Code, row))
            {
                add(row.Cell, indicator.Code, new(
                    $"{indicator.Code} appears twice, in {seen[indicator.Code].Cell} and {row.Cell}",
                    $"{indicator.Code} xuất hiện hai lần, ở {seen[indicator.Code].Cell} và {row.Cell}"), Severity.Error);
                continue;
            }

            if (indicator.IsDerived)
            {
                add(row.Cell, indicator.Code, new(
                    $"{indicator.Code} is computed ({indicator.Formula}) and must not be submitted; remove the row",
                    $"{indicator.Code} là chỉ tiêu tính toán ({indicator.Formula}), không nhập; hãy xóa dòng này"), Severity.Error);
                continue;
            }

            if (agency is not null && !agency.Reports(indicator.Code))
            {
                add(row.Cell, indicator.Code, new(
                    $"agency {agency.Code} does not report {indicator.Code} ({indicator.NameEn}); remove the row",
                    $"đơn vị {agency.Code} không báo cáo {indicator.Code} ({indicator.NameVi}); hãy xóa dòng này"), Severity.Error);
                continue;
            }

            rows.Add((indicator, row));
        }

        if (agency is not null)
        {
            // A row whose value could not be read is there: the reader already said what is wrong with it.
            var unreadable = submission.Issues.Where(i => i.Severity == Severity.Error && i.IndicatorCode is not null).Select(i => i.IndicatorCode!).ToHashSet(StringComparer.Ordinal);
            foreach (var code in agency.Indicators.Where(c => !seen.ContainsKey(c) && !unreadable.Contains(c)))
            {
                var indicator = catalog.Find(code);
                add(null, code, new(
                    $"missing indicator row for {code}{(indicator is null ? string.Empty : $" ({indicator.NameEn})")}: leave the value empty if it is not reported, but keep the row",
                    $"thiếu dòng chỉ tiêu {code}{(indicator is null ? string.Empty : $" ({indicator.NameVi})")}: nếu không có số liệu thì để trống ô giá trị, nhưng giữ lại dòng"), Severity.Error);
            }
        }

        return rows;
    }

    /// <summary>Checks each value on its own; returns the values that passed, by indicator code.</summary>
    private static Dictionary<string, (Indicator Indicator, ParsedValue Row, decimal Value)> CheckValues(
        List<(Indicator Indicator, ParsedValue Row)> rows, PeriodId? period, Action<string?, string?, IssueText, Severity> add)
    {
        var valid = new Dictionary<string, (Indicator, ParsedValue, decimal)>(StringComparer.Ordinal);
        foreach (var (indicator, row) in rows)
        {
            if (row.Value is not { } value)
            {
                continue;
            }

            var problem = KindProblem(indicator, value) ?? BoundProblem(indicator, value, period);
            if (problem is not null)
            {
                add(row.Cell, indicator.Code, new(
                    $"{indicator.Code} ({MessageNumber.Format(value)}) in {row.Cell}: {problem.Value.English}",
                    $"{indicator.Code} ({MessageNumber.FormatVi(value)}) ở {row.Cell}: {problem.Value.Vietnamese}"), Severity.Error);
                continue;
            }

            valid[indicator.Code] = (indicator, row, value);
        }

        return valid;
    }

    private static IssueText? KindProblem(Indicator indicator, decimal value) => indicator.Kind switch
    {
        ValueKind.Count or ValueKind.Amount when value < 0 => new("a count or amount cannot be negative", "số lượng hoặc số tiền không được âm"),
        ValueKind.YesNo when value is not (0 or 1) => new("must be 1 (yes) or 0 (no)", "chỉ nhập 1 (có) hoặc 0 (không)"),
        ValueKind.Rate when value is < 0 or > 100 => new("a rate must be between 0 and 100", "tỷ lệ phải từ 0 đến 100"),
        _ => null,
    };

    private static IssueText? BoundProblem(Indicator indicator, decimal value, PeriodId? period)
    {
        if (indicator.Max is not { } max)
        {
            return null;
        }

        // Max is for one month: a quarter's or half-year's flow adds up three or six months.
        var months = indicator.OverTime == TimeRule.Flow && period is { } p ? p.MonthCount : 1;
        var bound = max * months;
        if (value <= bound)
        {
            return null;
        }

        var scaled = months > 1 ? $" ({MessageNumber.Format(max)} a month x {months} months)" : string.Empty;
        var scaledVi = months > 1 ? $" ({MessageNumber.FormatVi(max)} mỗi tháng x {months} tháng)" : string.Empty;
        return new(
            $"value over the sanity bound of {MessageNumber.Format(bound)}{scaled}; check the unit and the digits",
            $"giá trị vượt ngưỡng hợp lý {MessageNumber.FormatVi(bound)}{scaledVi}; hãy kiểm tra đơn vị tính và các chữ số");
    }

    private static void CheckPartOf(Dictionary<string, (Indicator Indicator, ParsedValue Row, decimal Value)> valid, Action<string?, string?, IssueText, Severity> add)
    {
        foreach (var (indicator, row, value) in valid.Values)
        {
            if (indicator.PartOf is { } wholeCode && valid.TryGetValue(wholeCode, out var whole) && value > whole.Value)
            {
                add(
                    row.Cell,
                    indicator.Code,
                    new(
                        $"{indicator.Code} ({MessageNumber.Format(value)}) in {row.Cell} is greater than {wholeCode} ({MessageNumber.Format(whole.Value)}) in {whole.Row.Cell}, which it is part of",
                        $"{indicator.Code} ({MessageNumber.FormatVi(value)}) ở {row.Cell} lớn hơn {wholeCode} ({MessageNumber.FormatVi(whole.Value)}) ở {whole.Row.Cell}, trong khi chỉ là một phần của chỉ tiêu đó"),
                    Severity.Error);
            }
        }
    }

    private static void CheckSumOf(Dictionary<string, (Indicator Indicator, ParsedValue Row, decimal Value)> valid, Action<string?, string?, IssueText, Severity> add)
    {
        foreach (var (indicator, row, total) in valid.Values)
        {
            if (indicator.SumOf is not { Count: > 0 } parts || !parts.All(valid.ContainsKey))
            {
                continue;
            }

            var values = parts.Select(c => valid[c].Value).ToList();
            var sum = values.Sum();
            if (sum != total)
            {
                var cells = string.Join(", ", parts.Select(c => valid[c].Row.Cell));
                add(
                    row.Cell,
                    indicator.Code,
                    new(
                        $"{indicator.Code} ({MessageNumber.Format(total)}) in {row.Cell} is not the sum of {string.Join(" + ", parts)} in {cells}: "
                        + $"{string.Join(" + ", values.Select(MessageNumber.Format))} = {MessageNumber.Format(sum)}",
                        $"{indicator.Code} ({MessageNumber.FormatVi(total)}) ở {row.Cell} không bằng tổng {string.Join(" + ", parts)} ở {cells}: "
                        + $"{string.Join(" + ", values.Select(MessageNumber.FormatVi))} = {MessageNumber.FormatVi(sum)}"),
                    Severity.Error);
            }
        }
    }
}
