using Reporting.Core.Catalog;

namespace Reporting.Excel.Templates;

/// <summary>The fixed words of a submission template in one language.</summary>
internal sealed record TemplateWording(
    string Title,
    string AgencyLabel,
    string PeriodLabel,
    string EstimateLabel,
    string EstimateHint,
    string InstructionsSheet,
    string Yes,
    string No,
    string NumberError,
    string WholeNumberError,
    string YesNoError,
    IReadOnlyList<string> Instructions)
{
    public static TemplateWording For(Language language) => language == Language.English ? English : Vietnamese;

    private static TemplateWording Vietnamese { get; } = new(
        "BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ",
        "Đơn vị:",
        "Kỳ báo cáo:",
        "Số liệu ước tính:",
        "Chọn Có nếu cả tệp là số liệu ước thực hiện; đánh dấu từng dòng ở cột Estimate nếu chỉ một số chỉ tiêu là ước tính.",
        "Hướng dẫn",
        "Có",
        "Không",
        "Nhập một số không âm, hoặc để trống nếu không có số liệu.",
        "Nhập một số nguyên không âm, hoặc để trống nếu không có số liệu.",
        "Chọn Có hoặc Không.",
        [
            "HƯỚNG DẪN ĐIỀN BÁO CÁO",
            "1. Chỉ nhập số liệu vào cột Value (giá trị) và cột Note (ghi chú) của trang Data.",
            "2. Để trống ô khi chưa có số liệu; không ghi 0 thay cho số liệu chưa biết (0 nghĩa là bằng không).",
            "3. Số có thể viết 1234567, 1.234.567 hoặc 1,234,567; số thập phân viết 96,5; tỷ lệ viết 96,5 hoặc 96,5%.",
            "4. Chỉ tiêu có/không: chọn Có hoặc Không (cũng chấp nhận 1 hoặc 0).",
            "5. Không sửa, xóa hoặc thêm mã chỉ tiêu ở cột Code, không đổi tên trang Data, không sửa mã đơn vị và kỳ báo cáo.",
            "6. Mỗi tệp là báo cáo của một đơn vị cho một kỳ; lưu tệp dạng .xlsx, không đặt mật khẩu.",
            "7. Số liệu ước thực hiện: chọn Có ở ô Số liệu ước tính (B4) nếu cả tệp là ước tính, hoặc chọn Có ở cột Estimate của từng dòng; gửi lại tệp với số liệu chính thức khi có, số liệu ước tính vẫn được lưu trong lịch sử.",
        ]);

    private static TemplateWording English { get; } = new(
        "DIGITAL TRANSFORMATION FIGURES",
        "Agency:",
        "Period:",
        "Estimate:",
        "Choose Yes when the whole file holds estimates; mark single rows in the Estimate column when only some figures are estimated.",
        "Instructions",
        "Yes",
        "No",
        "Type a number of at least 0, or leave the cell empty when there is no figure.",
        "Type a whole number of at least 0, or leave the cell empty when there is no figure.",
        "Choose Yes or No.",
        [
            "HOW TO FILL IN THIS REPORT",
            "1. Type figures only in the Value and Note columns of the Data sheet.",
            "2. Leave a cell empty when the figure is not known; never type 0 for an unknown figure (0 means zero).",
            "3. Numbers may be written 1234567, 1,234,567 or 1.234.567; decimals as 96.5; rates as 96.5 or 96.5%.",
            "4. Yes/no indicators: choose Yes or No (1 and 0 are accepted too).",
            "5. Do not change, delete or add indicator codes in the Code column, rename the Data sheet, or change the agency code and period.",
            "6. One file per agency and period; save it as .xlsx without a password.",
            "7. Estimates: choose Yes in the Estimate cell (B4) when the whole file is estimated, or Yes in the Estimate column of single rows; send the file again with the final figures when you have them, and the estimate stays in the history.",
        ]);

    // Declared after the two languages: static initializers run in textual order.
    /// <summary>Every label the reader may find in column A above the header, in both languages.</summary>
    public static IReadOnlyList<string> AgencyLabels { get; } = [Vietnamese.AgencyLabel, English.AgencyLabel];

    public static IReadOnlyList<string> PeriodLabels { get; } = [Vietnamese.PeriodLabel, English.PeriodLabel];

    public static IReadOnlyList<string> EstimateLabels { get; } = [Vietnamese.EstimateLabel, English.EstimateLabel];
}
