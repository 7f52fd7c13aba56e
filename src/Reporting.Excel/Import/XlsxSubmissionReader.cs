using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Excel.Templates;

namespace Reporting.Excel.Import;

/// <summary>Reads a submission from .xlsx bytes with the OpenXml SAX reader.</summary>
internal sealed class XlsxSubmissionReader(IndicatorCatalog catalog)
{
    /// <summary>How far down the header row is looked for, in case someone inserted rows above it.</summary>
    private const int HeaderSearchRows = 20;

    public ParsedSubmission Read(byte[] bytes, string file, string sha256, string? agencyOverride, PeriodId? periodOverride)
    {
        if (PackageProblem(bytes) is { } problem)
        {
            return SubmissionFileReader.Failed(file, sha256, problem);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            return document.WorkbookPart is { } workbookPart
                ? new WorkbookReading(catalog, workbookPart, file, sha256).Read(agencyOverride, periodOverride)
                : SubmissionFileReader.Failed(file, sha256, new("the file is a zip package but not an Excel workbook: save it from Excel as .xlsx", "tệp là gói zip nhưng không phải sổ tính Excel: hãy lưu từ Excel thành .xlsx"));
        }
        catch (PartTooLargeException ex)
        {
            return SubmissionFileReader.Failed(file, sha256, ex.Text);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException
            or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // Whatever a damaged package makes the libraries throw becomes one readable issue; a batch of imports goes on.
            return SubmissionFileReader.Failed(file, sha256, new(
                $"the workbook is damaged and cannot be read ({ex.Message}): open it in Excel and save it again as .xlsx",
                $"sổ tính bị hỏng, không đọc được ({ex.Message}): hãy mở bằng Excel và lưu lại thành .xlsx"));
        }
    }

    /// <summary>Checks the zip's directory before anything is unpacked: damaged, OpenDocument, or parts too large.</summary>
    private static IssueText? PackageProblem(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is not null && zip.GetEntry("content.xml") is not null)
            {
                return new("this is an OpenDocument spreadsheet (.ods), not an Excel workbook: save it as Excel .xlsx", "đây là bảng tính OpenDocument (.ods), không phải sổ tính Excel: hãy lưu thành Excel .xlsx");
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return new("the file is a zip archive but not an Excel workbook: send the .xlsx file itself", "tệp là tệp nén zip chứ không phải sổ tính Excel: hãy gửi chính tệp .xlsx");
            }

            // .NET never unpacks more than an entry's stated size, so checking the stated sizes stops zip bombs.
            var huge = zip.Entries.FirstOrDefault(e => e.Length > SubmissionFileLimits.MaxPartBytes);
            return huge is null
                ? RatioProblem(zip)
                : new IssueText(
                    $"'{huge.FullName}' unpacks to {SubmissionFileLimits.Megabytes(huge.Length)}, more than the {SubmissionFileLimits.Megabytes(SubmissionFileLimits.MaxPartBytes)} limit: the file is damaged or is not a real report form",
                    $"'{huge.FullName}' giải nén ra {SubmissionFileLimits.Megabytes(huge.Length)}, vượt giới hạn {SubmissionFileLimits.Megabytes(SubmissionFileLimits.MaxPartBytes)}: tệp bị hỏng hoặc không phải biểu mẫu báo cáo thật");
        }
        catch (InvalidDataException)
        {
            return new(
                "the file is damaged: it is not a readable .xlsx (zip) package; open it in Excel and save it again, or send it again",
                "tệp bị hỏng: không phải gói .xlsx (zip) đọc được; hãy mở bằng Excel và lưu lại, hoặc gửi lại tệp");
        }
    }

    /// <summary>Parts each under the limit can still add up to far more than a form ever holds: refuse what packs like a bomb.</summary>
    private static IssueText? RatioProblem(ZipArchive zip)
    {
        var unpacked = zip.Entries.Sum(e => e.Length);
        var packed = Math.Max(1, zip.Entries.Sum(e => e.CompressedLength));
        var ratio = unpacked / packed;
        if (unpacked <= SubmissionFileLimits.RatioCheckedFromBytes || ratio <= SubmissionFileLimits.MaxCompressionRatio)
        {
            return null;
        }

        var (size, limit) = (SubmissionFileLimits.Megabytes(unpacked), SubmissionFileLimits.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture));
        var times = ratio.ToString("N0", CultureInfo.InvariantCulture);
        return new(
            $"the file unpacks to {size}, {times} times its packed size (more than {limit} times is refused): the file is damaged or is not a real report form",
            $"tệp giải nén ra {size}, gấp {times} lần kích thước nén (quá {limit} lần thì không nhận): tệp bị hỏng hoặc không phải biểu mẫu báo cáo thật");
    }

    /// <summary>One workbook being read: its sheets, shared strings and styles, and the issues found.</summary>
    private sealed class WorkbookReading(IndicatorCatalog catalog, WorkbookPart workbookPart, string file, string sha256)
    {
        private readonly List<ValidationIssue> issues = [];
        private IReadOnlyList<string>? sharedStrings;
        private WorkbookStyles? styles;

        public ParsedSubmission Read(string? agencyOverride, PeriodId? periodOverride)
        {
            var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>()
                .Select(s => new SheetEntry(s.Name?.Value ?? string.Empty, s.Id?.Value))
                .ToList() ?? [];
            if (!TryFindDataSheet(sheets, out var sheet, out var grid, out var headerRow))
            {
                return Result(null, null, null, null, null, []);
            }

            var meta = ReadMeta(sheets);
            var agencyRow = LabelRow(grid, headerRow, TemplateWording.AgencyLabels) ?? SubmissionLayout.AgencyRow;
            var periodRow = LabelRow(grid, headerRow, TemplateWording.PeriodLabels) ?? SubmissionLayout.PeriodRow;
            var agencyCell = CellReference.Name(SubmissionLayout.InfoValueColumn, agencyRow);
            var periodCell = CellReference.Name(SubmissionLayout.InfoValueColumn, periodRow);
            var agency = ReadAgency(sheet, grid[agencyRow, SubmissionLayout.InfoValueColumn], agencyCell, meta, agencyOverride);
            var period = ReadPeriod(sheet, grid[periodRow, SubmissionLayout.InfoValueColumn], periodCell, meta, periodOverride);
            var isEstimate = ReadEstimate(sheet, grid, headerRow);

            // Forms made before the estimate column existed have no such header: their rows are read as before.
            var hasEstimateColumn = string.Equals(grid[headerRow, SubmissionLayout.EstimateColumn].AsText(), SubmissionLayout.EstimateHeader, StringComparison.OrdinalIgnoreCase);
            var rows = new IndicatorRows(catalog, file, sheet, issues);
            foreach (var row in grid.RowNumbers.Where(r => r > headerRow))
            {
                rows.Add(
                    row,
                    grid[row, SubmissionLayout.CodeColumn],
                    grid[row, SubmissionLayout.ValueColumn],
                    grid[row, SubmissionLayout.NoteColumn],
                    hasEstimateColumn ? grid[row, SubmissionLayout.EstimateColumn] : RawCell.Empty);
            }

            return Result(sheet, agency, agencyCell, period, periodCell, rows.Values) with { IsEstimate = isEstimate };
        }

        /// <summary>The whole file's estimate mark, beside its label above the header; no label (an older form): not an estimate.</summary>
        private bool ReadEstimate(string sheet, SheetGrid grid, int headerRow)
        {
            if (LabelRow(grid, headerRow, TemplateWording.EstimateLabels) is not { } row)
            {
                return false;
            }

            var cellName = CellReference.Name(SubmissionLayout.InfoValueColumn, row);
            if (EstimateMark.TryRead(grid[row, SubmissionLayout.InfoValueColumn], cellName, out var isEstimate, out var error))
            {
                return isEstimate;
            }

            issues.Add(new(file, sheet, cellName, null, error));
            return false;
        }

        private ParsedSubmission Result(string? sheet, string? agency, string? agencyCell, PeriodId? period, string? periodCell, IReadOnlyList<ParsedValue> values) =>
            new(file, sheet, agency, agencyCell, period, periodCell, values, issues, sha256);

        /// <summary>The sheet named Data, else the first sheet with the header row; an issue says what was found otherwise.</summary>
        private bool TryFindDataSheet(List<SheetEntry> sheets, out string sheet, [NotNullWhen(true)] out SheetGrid? grid, out int headerRow)
        {
            (sheet, grid, headerRow) = (string.Empty, null, 0);
            var candidates = sheets
                .Where(s => s.Name != SubmissionLayout.MetaSheet)
                .OrderBy(s => s.Name == SubmissionLayout.DataSheet ? 0 : s.Name.Equals(SubmissionLayout.DataSheet, StringComparison.OrdinalIgnoreCase) ? 1 : 2);
            (string Name, SheetGrid Grid)? first = null;
            foreach (var candidate in candidates)
            {
                var candidateGrid = ReadGrid(candidate);
                if (issues.Count > 0)
                {
                    return false;
                }

                if (candidateGrid is null)
                {
                    continue;
                }

                first ??= (candidate.Name, candidateGrid);
                var found = Enumerable.Range(1, HeaderSearchRows).FirstOrDefault(candidateGrid.IsHeader);
                if (found > 0)
                {
                    (sheet, grid, headerRow) = (candidate.Name, candidateGrid, found);
                    return true;
                }
            }

            var headerCell = CellReference.Name(1, SubmissionLayout.HeaderRow);
            var row = SubmissionLayout.HeaderRow.ToString(CultureInfo.InvariantCulture);
            if (first is not { } shown)
            {
                issues.Add(ValidationIssue.Error(file, new("the workbook has no worksheet", "sổ tính không có trang tính nào")));
            }
            else if (shown.Name.Equals(SubmissionLayout.DataSheet, StringComparison.OrdinalIgnoreCase))
            {
                var found = shown.Grid.Describe(SubmissionLayout.HeaderRow);
                issues.Add(new(file, shown.Name, headerCell, null, new IssueText(
                    $"the header row is missing or different: row {row} should be '{SubmissionLayout.HeaderText}', found {found}",
                    $"thiếu dòng tiêu đề hoặc tiêu đề bị sửa: dòng {row} phải là '{SubmissionLayout.HeaderText}', đang là {found}")));
            }
            else
            {
                var names = string.Join(", ", sheets.Select(s => s.Name).Where(n => n != SubmissionLayout.MetaSheet));
                var found = shown.Grid.Describe(SubmissionLayout.HeaderRow);
                issues.Add(new(file, shown.Name, headerCell, null, new IssueText(
                    $"no sheet has the header row '{SubmissionLayout.HeaderText}' (sheets: {names}); row {row} of this sheet holds {found}",
                    $"không trang tính nào có dòng tiêu đề '{SubmissionLayout.HeaderText}' (các trang: {names}); dòng {row} của trang này là {found}")));
            }

            return false;
        }

        private SheetGrid? ReadGrid(SheetEntry sheet)
        {
            // Chart sheets and dangling references have no worksheet part: nothing to read there.
            if (sheet.Id is null || !workbookPart.TryGetPartById(sheet.Id, out var part) || part is not WorksheetPart worksheet)
            {
                return null;
            }

            sharedStrings ??= SharedStrings.Read(workbookPart.SharedStringTablePart);
            styles ??= WorkbookStyles.Read(workbookPart.WorkbookStylesPart);
            var grid = SheetGrid.Read(worksheet, sharedStrings, styles, out var error);
            if (error is { } tooLarge)
            {
                issues.Add(new(file, sheet.Name, null, null, tooLarge));
            }

            return grid;
        }

        /// <summary>Key (lower case) to value cell and its name, from the very hidden sheet the template carries.</summary>
        private Dictionary<string, (RawCell Cell, string Name)> ReadMeta(List<SheetEntry> sheets)
        {
            var meta = new Dictionary<string, (RawCell, string)>(StringComparer.Ordinal);
            var sheet = sheets.FirstOrDefault(s => s.Name == SubmissionLayout.MetaSheet);
            if (sheet is null || ReadGrid(sheet) is not { } grid)
            {
                return meta;
            }

            foreach (var row in grid.RowNumbers.Take(HeaderSearchRows))
            {
                if (grid[row, 1].AsText() is { } key)
                {
                    meta.TryAdd(key.ToLowerInvariant(), (grid[row, 2], CellReference.Name(2, row)));
                }
            }

            return meta;
        }

        private static int? LabelRow(SheetGrid grid, int headerRow, IReadOnlyList<string> labels)
        {
            for (var row = 1; row < headerRow; row++)
            {
                var text = grid[row, SubmissionLayout.CodeColumn].AsText()?.TrimEnd(':', ' ');
                if (text is not null && labels.Any(l => l.TrimEnd(':').Equals(text, StringComparison.OrdinalIgnoreCase)))
                {
                    return row;
                }
            }

            return null;
        }

        private string? ReadAgency(string sheet, RawCell cell, string cellName, Dictionary<string, (RawCell Cell, string Name)> meta, string? agencyOverride)
        {
            if (cell.Kind == CellKind.FormulaWithoutValue)
            {
                issues.Add(new(file, sheet, cellName, null, CellValueReader.FormulaWithoutValue));
            }

            var visible = cell.AsText();
            var hidden = meta.TryGetValue(SubmissionLayout.MetaAgencyKey, out var m) ? m.Cell.AsText() : null;
            if (visible is not null && hidden is not null && !visible.Equals(hidden, StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new(file, sheet, cellName, null, new IssueText(
                    $"cell {cellName} says '{visible}' but the hidden sheet '{SubmissionLayout.MetaSheet}' (cell {m.Name}) says '{hidden}': the form was made for {hidden}; correct {cellName} or download the form again",
                    $"ô {cellName} ghi '{visible}' nhưng trang ẩn '{SubmissionLayout.MetaSheet}' (ô {m.Name}) ghi '{hidden}': biểu mẫu được tạo cho {hidden}; hãy sửa ô {cellName} hoặc tải lại biểu mẫu")));
            }

            var stated = visible ?? hidden;
            if (stated is null && agencyOverride is null)
            {
                issues.Add(new(file, sheet, cellName, null, new IssueText("the agency cell is empty: type the agency code", "ô đơn vị đang trống: hãy nhập mã đơn vị")));
            }
            else if (stated is not null && agencyOverride is not null && !stated.Equals(agencyOverride, StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new(file, sheet, cellName, null, new IssueText($"file states {stated} but --agency says {agencyOverride}", $"tệp ghi đơn vị {stated} nhưng đơn vị được chọn là {agencyOverride}")));
            }

            return agencyOverride ?? stated;
        }

        private PeriodId? ReadPeriod(string sheet, RawCell cell, string cellName, Dictionary<string, (RawCell Cell, string Name)> meta, PeriodId? periodOverride)
        {
            PeriodId? visible = null;
            var readable = true;
            if (!cell.IsBlank)
            {
                if (TryReadPeriod(cell, out var period, out var error))
                {
                    visible = period;
                }
                else
                {
                    readable = false;
                    issues.Add(new(file, sheet, cellName, null, error));
                }
            }

            PeriodId? hidden = null;
            if (meta.TryGetValue(SubmissionLayout.MetaPeriodKey, out var m) && !m.Cell.IsBlank)
            {
                if (TryReadPeriod(m.Cell, out var period, out var error))
                {
                    hidden = period;
                }
                else
                {
                    issues.Add(new(file, SubmissionLayout.MetaSheet, m.Name, null, error));
                }
            }

            if (visible is { } v && hidden is { } h && v != h)
            {
                issues.Add(new(file, sheet, cellName, null, new IssueText(
                    $"cell {cellName} says '{v}' but the hidden sheet '{SubmissionLayout.MetaSheet}' (cell {m.Name}) says '{h}': the form was made for {h}; correct {cellName} or download the form for {v}",
                    $"ô {cellName} ghi '{v}' nhưng trang ẩn '{SubmissionLayout.MetaSheet}' (ô {m.Name}) ghi '{h}': biểu mẫu được tạo cho kỳ {h}; hãy sửa ô {cellName} hoặc tải biểu mẫu của kỳ {v}")));
            }

            var stated = readable ? visible ?? hidden : null;
            if (cell.IsBlank && stated is null && periodOverride is null)
            {
                issues.Add(new(file, sheet, cellName, null, new IssueText(
                    $"the period cell is empty: type the period ({PeriodId.FormatHelp})", $"ô kỳ báo cáo đang trống: hãy nhập kỳ ({PeriodId.FormatHelpVi})")));
            }
            else if (stated is { } s && periodOverride is { } o && s != o)
            {
                issues.Add(new(file, sheet, cellName, null, new IssueText($"file states {s} but --period says {o}", $"tệp ghi kỳ {s} nhưng kỳ được chọn là {o}")));
            }

            return periodOverride ?? stated;
        }

        private static string NotAPeriodVi(string text) => $"'{text}' không phải kỳ báo cáo: {PeriodText.FormatHelpVi}";

        /// <summary>Text such as 2026-Q1; a number such as 2026; a date Excel made of "2026-03" (the first of a month).</summary>
        private static bool TryReadPeriod(RawCell cell, out PeriodId period, out IssueText error)
        {
            period = default;
            switch (cell.Kind)
            {
                case CellKind.Number when cell.IsDate && CellValueReader.TryParseStored(cell.Text, out var serial) && serial is >= 1 and < 2958466:
                    var day = DateOnly.FromDateTime(new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays((double)Math.Floor(serial)));
                    if (day.Day != 1)
                    {
                        var date = day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                        error = new(
                            $"'{date}' is a date, not a period: type the period as text ({PeriodId.FormatHelp})",
                            $"'{date}' là ngày, không phải kỳ báo cáo: hãy nhập kỳ dưới dạng chữ ({PeriodId.FormatHelpVi})");
                        return false;
                    }

                    period = PeriodId.ForMonth(new YearMonth(day.Year, day.Month));
                    error = default;
                    return true;
                case CellKind.Text or CellKind.Number:
                    var parsed = PeriodText.TryRead(cell.Text, out period, out var parseError);
                    error = parsed ? default : new(parseError!, NotAPeriodVi(cell.Text));
                    return parsed;
                case CellKind.FormulaWithoutValue:
                    error = CellValueReader.FormulaWithoutValue;
                    return false;
                default:
                    error = new($"'{cell.Text}' is not a period: {PeriodText.FormatHelp}", NotAPeriodVi(cell.Text));
                    return false;
            }
        }

        private sealed record SheetEntry(string Name, string? Id);
    }
}
