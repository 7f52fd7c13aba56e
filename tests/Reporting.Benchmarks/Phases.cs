namespace Reporting.Benchmarks;

/// <summary>The phases, each run in its own process by name (<c>--phase NAME</c>).</summary>
internal static class Phases
{
    public const string Import = "import";
    public const string ImportSplits = "import-splits";
    public const string ExcelDataReader = "plainread-exceldatareader";
    public const string Sax = "plainread-sax";
    public const string Summary = "summary";
    public const string SummaryCommand = "summary-command";
    public const string GroupBy = "groupby";
    public const string GroupByRollups = "groupby-rollups";
    public const string Reports = "reports";
    public const string SummaryTenYears = "summary-10y";
    public const string GroupByTenYears = "groupby-10y";
    public const string ReportsTenYears = "reports-10y";
    public const string Load = "load";

    /// <summary>The phases that read the workbooks only, with no database: the same on every provider.</summary>
    public static IReadOnlyList<string> PlainReads { get; } = [ExcelDataReader, Sax];

    public static IReadOnlyList<string> All { get; } =
        [Import, ImportSplits, ExcelDataReader, Sax, Summary, SummaryCommand, GroupBy, GroupByRollups, Reports, SummaryTenYears, GroupByTenYears, ReportsTenYears, Load];
}
