namespace Reporting.Excel.Import;

/// <summary>What a spreadsheet or CSV cell held, before it is read as an indicator value.</summary>
internal enum CellKind
{
    Empty,
    Text,

    /// <summary>A number as the file stores it (invariant text, e.g. <c>0.96499999999999997</c>).</summary>
    Number,

    /// <summary><c>1</c> or <c>0</c>.</summary>
    Boolean,

    /// <summary>An Excel error value such as <c>#DIV/0!</c>.</summary>
    Error,

    /// <summary>A formula whose result was never computed (written by a program, not by Excel).</summary>
    FormulaWithoutValue,
}
