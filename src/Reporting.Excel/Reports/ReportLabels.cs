using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Excel.Reports;

/// <summary>Every fixed text of the report workbook, in Vietnamese (the default) or English.</summary>
internal sealed class ReportLabels(Language language)
{
    private bool En => language == Language.English;

    public Language Language => language;

    public string SummarySheet => En ? "Summary" : "Tổng hợp";

    public string ChartsSheet => En ? "Charts" : "Biểu đồ";

    public string AgencySheet => En ? "By agency" : "Theo đơn vị";

    public string AgencyCompareSheet => En ? "By agency (same period)" : "Theo đơn vị (cùng kỳ)";

    public string GroupSheet => En ? "By group" : "Theo nhóm";

    public string TrendSheet => En ? "Trend" : "Xu hướng";

    public string MissingSheet => En ? "Missing" : "Chưa báo cáo";

    public string DataSheet => En ? "Data" : "Dữ liệu";

    public string DataTruncated(int shown, int total, PeriodId period) => En
        ? $"The first {Count(shown)} of {Count(total)} values are listed; every value of a figure: reporting trace --period {period} --indicator CODE --format csv"
        : $"Liệt kê {Count(shown)} trên tổng số {Count(total)} số liệu; toàn bộ số liệu của một chỉ tiêu: reporting trace --period {period} --indicator MÃ --format csv";

    private string Count(int n) => n.ToString("N0", ReportFormat.Culture(language));

    public string Title(PeriodId period) =>
        En ? "Digital transformation indicators, " + Period(period) : "Báo cáo chỉ tiêu chuyển đổi số " + Period(period);

    public string Period(PeriodId period) => ReportFormat.PeriodName(period, language);

    public string PeriodLine(PeriodId period) => (En ? "Period: " : "Kỳ báo cáo: ") + Period(period);

    public string CompareLine(PeriodId compare) => (En ? "Compared with: " : "So sánh với: ") + Period(compare);

    public string IssuedLine(DateOnly issuedOn) => (En ? "Issued on: " : "Ngày ban hành: ") + ReportFormat.Date(issuedOn, language);

    public string CarriedNote => En
        ? $"Note: the same-period figures include agencies since merged into their successors (see the sheet \"{AgencyCompareSheet}\")."
        : $"Ghi chú: số liệu cùng kỳ bao gồm số liệu của các đơn vị đã sáp nhập vào đơn vị kế thừa (xem sheet \"{AgencyCompareSheet}\").";

    public string CompareStructureNote(PeriodId compare, DateOnly structureDate) => En
        ? $"Figures of {Period(compare)} by the agencies as they stood on {ReportFormat.Date(structureDate, language)}: a successor includes the figures of the agencies merged into it."
        : $"Số liệu {Period(compare)} theo cơ cấu đơn vị ngày {ReportFormat.Date(structureDate, language)}: đơn vị kế thừa bao gồm số liệu của các đơn vị đã sáp nhập vào.";

    public string Code => En ? "Code" : "Mã";

    public string Indicator => En ? "Indicator" : "Chỉ tiêu";

    public string Unit => En ? "Unit" : "Đơn vị tính";

    public string Value(PeriodId period) => (En ? "Value, " : "Thực hiện ") + Period(period);

    public string CompareValue(PeriodId compare) => (En ? "Same period, " : "Cùng kỳ ") + Period(compare);

    public string Change => En ? "Change" : "Tăng/giảm";

    public string ChangeUnitHeader => En ? "Change unit" : "Đơn vị tăng/giảm";

    public string Percent => "%";

    public string PercentagePoints => En ? "pp" : "điểm %";

    public string Target(int year) => (En ? "Target " : "Kế hoạch năm ") + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Attainment => En ? "Attainment of target (%)" : "Tỷ lệ đạt kế hoạch (%)";

    public string Reported => En ? "Agencies reported" : "Số đơn vị đã báo cáo";

    public string Expected => En ? "Agencies expected" : "Số đơn vị phải báo cáo";

    public string Estimates => En ? "Estimates" : "Ước tính";

    public string EstimateNote => En
        ? "est.: the figure is built on estimates; the Estimates column counts the agencies whose values are estimates, of those that reported."
        : "ước: số liệu có phần ước thực hiện; cột Ước tính ghi số đơn vị có số liệu ước tính trên số đơn vị đã báo cáo.";

    public string AgencyCode => En ? "Agency code" : "Mã đơn vị";

    public string AgencyName => En ? "Agency" : "Tên đơn vị";

    public string Group => En ? "Group" : "Nhóm";

    public string CarriedFrom => En ? "Includes figures of" : "Gồm số liệu của";

    public string AgencyTitle(PeriodId period) => (En ? "Figures by agency, " : "Số liệu theo đơn vị, ") + Period(period);

    public string GroupTitle(PeriodId period, PeriodId compare) =>
        (En ? "Figures by agency group, " : "Số liệu theo nhóm đơn vị, ") + Period(period) + (En ? " and " : " và ") + Period(compare);

    public string Province => En ? "Province" : "Toàn tỉnh";

    public string ThisPeriod => En ? "This period" : "Kỳ này";

    public string SamePeriod => En ? "Same period" : "Cùng kỳ";

    public string TrendTitle(int count) => En ? $"Trend over the last {count} periods" : $"Xu hướng {count} kỳ gần nhất";

    public string MissingTitle(PeriodId period) => (En ? "Agencies that have not reported, " : "Đơn vị chưa báo cáo đầy đủ, ") + Period(period);

    public string MissingCount => En ? "Periods missing" : "Số kỳ chưa báo cáo";

    public string MissingPeriods => En ? "Missing periods" : "Các kỳ chưa báo cáo";

    public string Contact => En ? "Contact" : "Liên hệ";

    public string NoneMissing => En ? "Every agency has reported." : "Tất cả đơn vị đã báo cáo đầy đủ.";

    public string DataTitle => En ? "Submitted values the figures were computed from" : "Số liệu báo cáo của đơn vị dùng để tổng hợp";

    public string ReportPeriod => En ? "Report period" : "Kỳ tổng hợp";

    public string CarriedBy => En ? "Counted for agency" : "Tính cho đơn vị";

    public string IndicatorCode => En ? "Indicator code" : "Mã chỉ tiêu";

    public string SubmissionPeriod => En ? "Submission period" : "Kỳ số liệu";

    public string ValueHeader => En ? "Value" : "Giá trị";

    public string SubmissionId => En ? "Submission id" : "Mã báo cáo";

    public string SourceFile => En ? "Source file" : "Tệp nguồn";

    public string Cell => En ? "Cell" : "Ô";

    public string ChartsTitle(PeriodId period, PeriodId compare) =>
        (En ? "Headline indicators: " : "Chỉ tiêu chính: ") + Period(period) + (En ? " against " : " so với ") + Period(compare);

    public string RatesChart => En ? "Rates (%)" : "Các tỷ lệ (%)";

    public string RatesTrendChart => En ? "Rates (%): trend" : "Các tỷ lệ (%): xu hướng";

    public string TrendChart(string name) => name + (En ? ": trend" : ": xu hướng");

    public string PageFooter => En ? "Page " : "Trang ";
}
