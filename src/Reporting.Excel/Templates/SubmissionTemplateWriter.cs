using ClosedXML.Excel;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Excel.Templates;

/// <summary>
/// Writes the workbook an agency fills in for one period: a plain protected table of its indicators
/// (see <see cref="SubmissionLayout"/>), an instructions sheet and a very hidden sheet naming agency and period.
/// </summary>
public sealed class SubmissionTemplateWriter(IndicatorCatalog catalog)
{
    private static readonly XLColor InputFill = XLColor.FromArgb(0xFF, 0xF2, 0xCC);
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xD9, 0xE1, 0xF2);

    /// <summary>Writes the template; <paramref name="values"/> and <paramref name="notes"/> (by indicator code) prefill it.</summary>
    /// <param name="comments">
    /// An analyst's comments on a returned version, by indicator code: each becomes an Excel comment on the indicator's
    /// value cell (the reader ignores comments, so the filled-in file imports as any other).
    /// </param>
    /// <param name="estimates">Indicator codes whose prefilled values were estimates: their rows keep the mark.</param>
    public void Write(
        Agency agency,
        PeriodId period,
        Language language,
        Stream output,
        IReadOnlyDictionary<string, decimal?>? values = null,
        IReadOnlyDictionary<string, string>? notes = null,
        IReadOnlyDictionary<string, string>? comments = null,
        IReadOnlySet<string>? estimates = null)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(output);
        var wording = TemplateWording.For(language);
        using var workbook = new XLWorkbook();
        WriteDataSheet(workbook.Worksheets.Add(SubmissionLayout.DataSheet), agency, period, language, wording, values, notes, comments, estimates);
        WriteInstructions(workbook.Worksheets.Add(wording.InstructionsSheet), wording);
        WriteMeta(workbook.Worksheets.Add(SubmissionLayout.MetaSheet), agency, period);
        workbook.CustomProperties.Add("ReportingAgency", agency.Code);
        workbook.CustomProperties.Add("ReportingPeriod", period.ToString());
        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(output);
    }

    /// <summary>The agency's indicators grouped by indicator group, groups and indicators in catalog order.</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var unknown = agency.Indicators.FirstOrDefault(c => catalog.Find(c) is null);
        if (unknown is not null)
        {
            throw new ArgumentException($"Agency {agency.Code} reports {unknown}, which is not in the catalog", nameof(agency));
        }

        var groupOrder = catalog.Groups.Select((g, i) => (g.Code, i)).ToDictionary(g => g.Code, g => g.i, StringComparer.Ordinal);
        return catalog.Indicators
            .Select((indicator, index) => (indicator, index))
            .Where(x => agency.Reports(x.indicator.Code))
            .OrderBy(x => groupOrder.GetValueOrDefault(x.indicator.Group, int.MaxValue))
            .ThenBy(x => x.index)
            .Select(x => x.indicator)
            .ToList();
    }

    private void WriteDataSheet(
        IXLWorksheet sheet,
        Agency agency,
        PeriodId period,
        Language language,
        TemplateWording wording,
        IReadOnlyDictionary<string, decimal?>? values,
        IReadOnlyDictionary<string, string>? notes,
        IReadOnlyDictionary<string, string>? comments,
        IReadOnlySet<string>? estimates)
    {
        SetText(sheet.Cell(SubmissionLayout.TitleRow, 1), wording.Title).Style.Font.SetBold().Font.SetFontSize(14);
        SetText(sheet.Cell(SubmissionLayout.AgencyRow, SubmissionLayout.CodeColumn), wording.AgencyLabel).Style.Font.SetBold();
        SetText(sheet.Cell(SubmissionLayout.AgencyRow, SubmissionLayout.InfoValueColumn), agency.Code).Style.Font.SetBold();
        SetText(sheet.Cell(SubmissionLayout.AgencyRow, SubmissionLayout.InfoTextColumn), language == Language.English ? agency.NameEn ?? agency.Name : agency.Name);
        SetText(sheet.Cell(SubmissionLayout.PeriodRow, SubmissionLayout.CodeColumn), wording.PeriodLabel).Style.Font.SetBold();
        SetText(sheet.Cell(SubmissionLayout.PeriodRow, SubmissionLayout.InfoValueColumn), period.ToString()).Style.Font.SetBold();
        SetText(sheet.Cell(SubmissionLayout.PeriodRow, SubmissionLayout.InfoTextColumn), ReportFormat.PeriodName(period, language));

        // The whole file's estimate mark: a visible cell the agency sets, read back by its label.
        SetText(sheet.Cell(SubmissionLayout.EstimateRow, SubmissionLayout.CodeColumn), wording.EstimateLabel).Style.Font.SetBold();
        var estimateCell = sheet.Cell(SubmissionLayout.EstimateRow, SubmissionLayout.InfoValueColumn);
        SetText(estimateCell, wording.No);
        YesNoList(estimateCell, wording);
        estimateCell.Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill).Font.SetBold();
        SetText(sheet.Cell(SubmissionLayout.EstimateRow, SubmissionLayout.InfoTextColumn), wording.EstimateHint).Style.Font.SetItalic();

        for (var column = 0; column < SubmissionLayout.Header.Count; column++)
        {
            SetText(sheet.Cell(SubmissionLayout.HeaderRow, column + 1), SubmissionLayout.Header[column]);
        }

        SetText(sheet.Cell(SubmissionLayout.HeaderRow, SubmissionLayout.EstimateColumn), SubmissionLayout.EstimateHeader);
        var header = sheet.Range(SubmissionLayout.HeaderRow, 1, SubmissionLayout.HeaderRow, SubmissionLayout.EstimateColumn);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill);

        var indicators = IndicatorsOf(agency);
        var row = SubmissionLayout.FirstDataRow;
        foreach (var indicator in indicators)
        {
            SetText(sheet.Cell(row, SubmissionLayout.CodeColumn), indicator.Code);
            SetText(sheet.Cell(row, SubmissionLayout.NameColumn), indicator.Name(language)).Style.Alignment.SetWrapText();
            SetText(sheet.Cell(row, SubmissionLayout.UnitColumn), indicator.Unit(language));
            var valueCell = sheet.Cell(row, SubmissionLayout.ValueColumn);
            FormatValueCell(valueCell, indicator, wording);
            if (values is not null && values.TryGetValue(indicator.Code, out var value) && value is { } number)
            {
                // Yes/no cells carry a Có/Không list, so the prefilled value uses its words; the reader takes 1/0 too.
                if (indicator.Kind == ValueKind.YesNo)
                {
                    SetText(valueCell, number != 0 ? wording.Yes : wording.No);
                }
                else
                {
                    valueCell.SetValue(number);
                }
            }

            if (comments is not null && comments.TryGetValue(indicator.Code, out var comment) && !string.IsNullOrWhiteSpace(comment))
            {
                valueCell.Comment.AddText(comment);
            }

            if (notes is not null && notes.TryGetValue(indicator.Code, out var note) && !string.IsNullOrEmpty(note))
            {
                SetText(sheet.Cell(row, SubmissionLayout.NoteColumn), note);
            }

            var rowEstimate = sheet.Cell(row, SubmissionLayout.EstimateColumn);
            YesNoList(rowEstimate, wording);
            rowEstimate.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
            if (estimates is not null && estimates.Contains(indicator.Code))
            {
                SetText(rowEstimate, wording.Yes);
            }

            foreach (var column in new[] { SubmissionLayout.ValueColumn, SubmissionLayout.NoteColumn, SubmissionLayout.EstimateColumn })
            {
                sheet.Cell(row, column).Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill);
            }

            row++;
        }

        var lastRow = Math.Max(row - 1, SubmissionLayout.HeaderRow);
        var table = sheet.Range(SubmissionLayout.HeaderRow, 1, lastRow, SubmissionLayout.EstimateColumn);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);

        // Set by hand: AdjustToContents needs GDI+, which servers lack.
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 16;
        sheet.Column(4).Width = 18;
        sheet.Column(5).Width = 36;
        sheet.Column(6).Width = 12;
        sheet.SheetView.FreezeRows(SubmissionLayout.HeaderRow);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows);
    }

    private static void FormatValueCell(IXLCell cell, Indicator indicator, TemplateWording wording)
    {
        var validation = cell.SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        switch (indicator.Kind)
        {
            case ValueKind.YesNo:
                validation.List("\"" + wording.Yes + "," + wording.No + "\"", true);
                validation.ErrorMessage = wording.YesNoError;
                cell.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
                return;
            case ValueKind.Count or ValueKind.Amount when indicator.Decimals == 0:
                validation.WholeNumber.EqualOrGreaterThan(0);
                validation.ErrorMessage = wording.WholeNumberError;
                break;
            default:
                validation.Decimal.EqualOrGreaterThan(0);
                validation.ErrorMessage = wording.NumberError;
                break;
        }

        cell.Style.NumberFormat.Format = NumberFormat(indicator);
    }

    /// <summary>A Có/Không (Yes/No) list for an estimate mark; the reader takes x too.</summary>
    private static void YesNoList(IXLCell cell, TemplateWording wording)
    {
        var validation = cell.SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.List("\"" + wording.Yes + "," + wording.No + "\"", true);
        validation.ErrorMessage = wording.YesNoError;
    }

    /// <summary>#,##0 for whole numbers, #,##0.00 for amounts with decimals, 0.00 for rates (by the indicator's decimals).</summary>
    public static string NumberFormat(Indicator indicator)
    {
        var fraction = indicator.Decimals > 0 ? "." + new string('0', indicator.Decimals) : string.Empty;
        return indicator.Kind == ValueKind.Rate ? "0" + fraction : "#,##0" + fraction;
    }

    private static void WriteInstructions(IXLWorksheet sheet, TemplateWording wording)
    {
        for (var i = 0; i < wording.Instructions.Count; i++)
        {
            SetText(sheet.Cell(i + 1, 1), wording.Instructions[i]).Style.Alignment.SetWrapText();
        }

        sheet.Cell(1, 1).Style.Font.SetBold();
        sheet.Column(1).Width = 120;
    }

    private static void WriteMeta(IXLWorksheet sheet, Agency agency, PeriodId period)
    {
        SetText(sheet.Cell(1, 1), SubmissionLayout.MetaAgencyKey);
        SetText(sheet.Cell(1, 2), agency.Code);
        SetText(sheet.Cell(2, 1), SubmissionLayout.MetaPeriodKey);
        SetText(sheet.Cell(2, 2), period.ToString());
        SetText(sheet.Cell(3, 1), SubmissionLayout.MetaTemplateKey);
        SetText(sheet.Cell(3, 2), SubmissionLayout.TemplateVersion);
        sheet.Visibility = XLWorksheetVisibility.VeryHidden;
    }

    // The typed SetValue keeps "2026" or "2026-01" as text; assigning Value would turn them into a number or a date.
    private static IXLCell SetText(IXLCell cell, string text) => cell.SetValue(text);
}
