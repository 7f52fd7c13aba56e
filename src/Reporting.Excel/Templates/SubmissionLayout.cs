namespace Reporting.Excel.Templates;

/// <summary>Where things sit in a submission workbook; shared by the template writer and the file reader.</summary>
public static class SubmissionLayout
{
    public const string DataSheet = "Data";

    /// <summary>Very hidden sheet naming the agency and period the template was made for.</summary>
    public const string MetaSheet = "_meta";

    public const string TemplateVersion = "1";

    public const int TitleRow = 1;

    public const int AgencyRow = 2;

    public const int PeriodRow = 3;

    /// <summary>The row saying whether the whole file is an estimate ("ước thực hiện"): label in A, Có/Không in B.</summary>
    public const int EstimateRow = 4;

    public const int HeaderRow = 5;

    public const int FirstDataRow = 6;

    /// <summary>Column of the labels ("Đơn vị:") and of the indicator codes.</summary>
    public const int CodeColumn = 1;

    /// <summary>Column of the agency code and the period id (B2, B3), next to their labels.</summary>
    public const int InfoValueColumn = 2;

    /// <summary>Column of the agency name and the period in words (C2, C3).</summary>
    public const int InfoTextColumn = 3;

    public const int NameColumn = 2;

    public const int UnitColumn = 3;

    public const int ValueColumn = 4;

    public const int NoteColumn = 5;

    /// <summary>
    /// The optional column marking single values as estimates; read only when its header says <see cref="EstimateHeader"/>,
    /// so a form made before it existed reads as before.
    /// </summary>
    public const int EstimateColumn = 6;

    public const string EstimateHeader = "Estimate";

    public const string AgencyCell = "B2";

    public const string PeriodCell = "B3";

    public const string EstimateCell = "B4";

    /// <summary>Keys in column A of the meta sheet; their values are in column B.</summary>
    public const string MetaAgencyKey = "agency";

    public const string MetaPeriodKey = "period";

    public const string MetaTemplateKey = "template";

    public const string MetaAgencyCell = "B1";

    public const string MetaPeriodCell = "B2";

    /// <summary>The header row, columns A to E, in English whatever the language of the template.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Code", "Indicator", "Unit", "Value", "Note"];

    /// <summary>The header as messages show it: <c>Code | Indicator | Unit | Value | Note</c>.</summary>
    public static string HeaderText => string.Join(" | ", Header);
}
