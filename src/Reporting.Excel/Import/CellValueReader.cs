using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Numbers;
using Reporting.Core.Reports;
using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>Turns a value cell into an indicator's figure, or says why it cannot.</summary>
internal static class CellValueReader
{
    /// <summary>Excel keeps 15 significant digits; anything after them is binary noise (0.1+0.2 = 0.30000000000000004).</summary>
    private const int ExcelDigits = 15;

    /// <summary>Far above any plausible figure; keeps the arithmetic below from overflowing.</summary>
    private const decimal MaxMagnitude = 1e20m;

    private const string SaveToCompute =
        "the program that wrote the file did not calculate it; open the file in Excel or LibreOffice and save it (that computes the value), then send it again";

    private const string SaveToComputeVi =
        "chương trình tạo tệp đã không tính công thức; hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại (để giá trị được tính), rồi gửi lại";

    /// <summary>For the agency and period cells; a value cell's message names its indicator (<see cref="FormulaWithoutValueFor"/>).</summary>
    public static readonly IssueText FormulaWithoutValue = new(
        $"the cell is a formula without a computed value: {SaveToCompute}",
        $"ô là công thức chưa có giá trị tính sẵn: {SaveToComputeVi}");

    public static bool TryRead(RawCell cell, Indicator indicator, out decimal? value, out IssueText error)
    {
        value = null;
        error = default;
        if (cell.IsBlank)
        {
            return true;
        }

        switch (cell.Kind)
        {
            case CellKind.Text:
                if (!NumberText.TryRead(cell.Text, indicator.Kind, indicator.Decimals, out var parsed, out error))
                {
                    return false;
                }

                value = parsed;
                return true;
            case CellKind.Number:
                return TryReadNumber(cell, indicator, out value, out error);
            case CellKind.Boolean when indicator.Kind == ValueKind.YesNo:
                value = cell.Text == "1" ? 1 : 0;
                return true;
            case CellKind.Boolean:
                error = new($"{cell.AsText()} is a yes/no value, but this indicator needs a number", $"{cell.AsText()} là giá trị có/không, nhưng chỉ tiêu này cần một con số");
                return false;
            case CellKind.Error:
                error = new($"the cell shows the error {cell.Text}: correct the formula or type the figure", $"ô đang báo lỗi {cell.Text}: hãy sửa công thức hoặc nhập trực tiếp số liệu");
                return false;
            default:
                error = FormulaWithoutValueFor(indicator);
                return false;
        }
    }

    /// <summary>
    /// Read as empty, such a cell would store "not reported" without a word, and as a correction wipe the figure the
    /// earlier version held: it is refused instead, naming the indicator.
    /// </summary>
    public static IssueText FormulaWithoutValueFor(Indicator indicator) => new(
        $"{indicator.Code} ({indicator.NameEn}) is a formula without a computed value, so its figure cannot be read: {SaveToCompute}",
        $"{indicator.Code} ({indicator.NameVi}) là công thức chưa có giá trị tính sẵn nên không đọc được số liệu: {SaveToComputeVi}");

    /// <summary>The number stored in a cell as a decimal, rounded to what Excel displays.</summary>
    public static bool TryParseStored(string text, out decimal value)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = RoundToSignificant(value, ExcelDigits);
        return true;
    }

    private static bool TryReadNumber(RawCell cell, Indicator indicator, out decimal? value, out IssueText error)
    {
        value = null;
        if (!TryParseStored(cell.Text, out var number) || Math.Abs(number) > MaxMagnitude)
        {
            error = new($"'{cell.Text}' is too large or not a number", $"'{cell.Text}' quá lớn hoặc không phải là số");
            return false;
        }

        if (cell.IsDate)
        {
            error = new(
                $"the cell holds a date ({DateText(number)}): Excel turned what was typed into a date; format the cell as a number and type the figure again",
                $"ô đang chứa ngày ({DateText(number)}): Excel đã đổi số nhập vào thành ngày; hãy định dạng ô là số và nhập lại số liệu");
            return false;
        }

        if (cell.IsPercent)
        {
            if (indicator.Kind != ValueKind.Rate)
            {
                var percent = RoundToSignificant(number * 100, ExcelDigits);
                error = new(
                    $"the cell is formatted as a percentage ({Invariant(percent)}%), but this indicator is not a rate",
                    $"ô được định dạng phần trăm ({percent.ToString(ReportFormat.Culture(Language.Vietnamese))}%), nhưng chỉ tiêu này không phải tỷ lệ");
                return false;
            }

            // 96.5% is stored as 0.965; rates are kept in percent.
            number = RoundToSignificant(number * 100, ExcelDigits);
        }

        if (indicator.Kind == ValueKind.YesNo)
        {
            if (!NumberText.TryRead(Invariant(number), ValueKind.YesNo, 0, out var yesNo, out error))
            {
                return false;
            }

            value = yesNo;
            return true;
        }

        if (!NumberText.CheckDecimals(number, indicator.Decimals, out error))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static decimal RoundToSignificant(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        // Count the digits before the point (or the zeros after it) to know how many decimals are significant.
        var magnitude = Math.Abs(value);
        var decimals = digits;
        for (var bound = 1m; magnitude >= bound && decimals > 0; bound *= 10)
        {
            decimals--;
        }

        for (var bound = 0.1m; magnitude < bound && decimals < 28; bound /= 10)
        {
            decimals++;
        }

        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);

        // Dividing by 1.000… drops trailing zeros (0.300000000000000 -> 0.3).
        return rounded / 1.000000000000000000000000000000000m;
    }

    private static string DateText(decimal serial)
    {
        // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, hence 1899-12-30.
        var days = (double)Math.Floor(serial);
        return days is >= 1 and < 2958466
            ? DateOnly.FromDateTime(new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : Invariant(serial);
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
