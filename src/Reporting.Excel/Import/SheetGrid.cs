using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Excel.Templates;
using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>
/// Columns A to F of one worksheet, read with the OpenXml SAX reader (no DOM): a submission only uses those columns
/// (F for its optional Estimate column), and a streaming read keeps a thousand files within seconds.
/// </summary>
internal sealed class SheetGrid
{
    public const int Columns = SubmissionLayout.EstimateColumn;

    private readonly Dictionary<int, RawCell[]> rows = [];

    private SheetGrid()
    {
    }

    /// <summary>Numbers of the rows holding anything in columns A to F, in order.</summary>
    public IEnumerable<int> RowNumbers => rows.Keys.Order();

    public RawCell this[int row, int column] =>
        column is >= 1 and <= Columns && rows.TryGetValue(row, out var cells) ? cells[column - 1] : RawCell.Empty;

    /// <summary>The cells of a row as text, for messages ("Mã | Tên | ĐVT").</summary>
    public string Describe(int row)
    {
        // The five columns every form has: what a message compares with the expected header.
        var texts = Enumerable.Range(1, SubmissionLayout.Header.Count).Select(c => this[row, c].AsText() ?? string.Empty).ToList();
        while (texts.Count > 0 && texts[^1].Length == 0)
        {
            texts.RemoveAt(texts.Count - 1);
        }

        return texts.Count == 0 ? "an empty row" : "'" + string.Join(" | ", texts) + "'";
    }

    /// <summary>True when columns A to E of <paramref name="row"/> hold the header (case and spaces aside).</summary>
    public bool IsHeader(int row) =>
        SubmissionLayout.Header.Select((word, i) => string.Equals(this[row, i + 1].AsText(), word, StringComparison.OrdinalIgnoreCase)).All(x => x);

    /// <summary>
    /// Reads the sheet; null with <paramref name="error"/> when more rows than allowed hold content. Rows that are only
    /// formatted (a fill or border dragged down a whole column writes every row) do not count: they hold nothing to read.
    /// </summary>
    public static SheetGrid? Read(WorksheetPart part, IReadOnlyList<string> sharedStrings, WorkbookStyles styles, out IssueText? error)
    {
        var grid = new SheetGrid();
        using var stream = new LimitedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), SubmissionFileLimits.MaxPartBytes, part.Uri.OriginalString);
        using var reader = PartXml.Open(stream);
        var cell = new CellState();
        int row = 0, column = 0, contentRows = 0;
        var inCell = false;
        var inPhonetic = false;
        var rowHasContent = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "row":
                        row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        column = 0;
                        rowHasContent = false;
                        break;
                    case "c":
                        inCell = true;
                        cell.Start(reader);
                        column = CellReference.TryParse(cell.Reference, out var c, out _) ? c : column + 1;
                        if (reader.IsEmptyElement)
                        {
                            // <c r="B4" s="3"/>: styled, empty, and without an end tag.
                            inCell = false;
                        }

                        break;
                    case "f" when inCell:
                        cell.HasFormula = true;
                        break;
                    case "v" when inCell:
                        cell.Value = PartXml.Text(reader);
                        break;
                    case "rPh":
                        inPhonetic = !reader.IsEmptyElement;
                        break;
                    case "t" when inCell && !inPhonetic:
                        (cell.Inline ??= new StringBuilder()).Append(PartXml.Text(reader));
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "c":
                        inCell = false;
                        if (!cell.HoldsContent)
                        {
                            break;
                        }

                        if (!rowHasContent)
                        {
                            rowHasContent = true;
                            if (++contentRows > SubmissionFileLimits.MaxRows)
                            {
                                var max = SubmissionFileLimits.MaxRows.ToString("N0", CultureInfo.InvariantCulture);
                                var maxVi = SubmissionFileLimits.MaxRows.ToString("N0", ReportFormat.Culture(Language.Vietnamese));
                                error = new(
                                    $"the sheet has more than {max} rows with content (the limit): a report form has a few dozen",
                                    $"trang tính có hơn {maxVi} dòng có nội dung (giới hạn): một biểu mẫu báo cáo chỉ vài chục dòng");
                                return null;
                            }
                        }

                        if (column is >= 1 and <= Columns)
                        {
                            grid.Store(row, column, cell.ToRawCell(sharedStrings, styles));
                        }

                        break;
                    case "rPh":
                        inPhonetic = false;
                        break;
                }
            }
        }

        error = null;
        return grid;
    }

    private void Store(int row, int column, RawCell cell)
    {
        if (cell.Kind == CellKind.Empty)
        {
            return;
        }

        if (!rows.TryGetValue(row, out var cells))
        {
            cells = new RawCell[Columns];
            Array.Fill(cells, RawCell.Empty);
            rows.Add(row, cells);
        }

        cells[column - 1] = cell;
    }

    /// <summary>What the SAX reader has seen of the current cell.</summary>
    private sealed class CellState
    {
        public string? Reference { get; private set; }

        public string? Type { get; private set; }

        public int Style { get; private set; }

        public bool HasFormula { get; set; }

        public string? Value { get; set; }

        public StringBuilder? Inline { get; set; }

        /// <summary>A value, a text or a formula: anything but a cell that is only formatted (<c>&lt;c r="B9" s="3"/&gt;</c>).</summary>
        public bool HoldsContent => HasFormula || !string.IsNullOrEmpty(Value) || Inline is { Length: > 0 };

        public void Start(XmlReader reader)
        {
            Reference = reader.GetAttribute("r");
            Type = reader.GetAttribute("t");
            Style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            HasFormula = false;
            Value = null;
            Inline = null;
        }

        public RawCell ToRawCell(IReadOnlyList<string> sharedStrings, WorkbookStyles styles)
        {
            if (Type == "inlineStr")
            {
                return Inline is null ? RawCell.Empty : new RawCell(CellKind.Text, Inline.ToString());
            }

            if (string.IsNullOrEmpty(Value))
            {
                // A formula written by a program that does not compute it (openpyxl, scripts, some web exporters) has no
                // <v> or an empty one. Excel writes an empty <v> only with t="str", for a formula whose result is "".
                return HasFormula && (Value is null || Type != "str") ? new RawCell(CellKind.FormulaWithoutValue, string.Empty) : RawCell.Empty;
            }

            return Type switch
            {
                "s" => int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                    ? new RawCell(CellKind.Text, sharedStrings[index])
                    : new RawCell(CellKind.Error, "(a missing shared string)"),
                "str" or "d" => new RawCell(CellKind.Text, Value),
                "b" => new RawCell(CellKind.Boolean, Value.Trim() is "1" or "true" ? "1" : "0"),
                "e" => new RawCell(CellKind.Error, Value),
                _ => new RawCell(CellKind.Number, Value, styles.IsPercent(Style), styles.IsDate(Style)),
            };
        }
    }
}
