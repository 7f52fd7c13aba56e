using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Validation;

namespace Reporting.Workflows.Import;

/// <summary>A manifest row that cannot be used: the manifest, its line (0 for the whole file), the column and why.</summary>
public sealed record ManifestProblem(string File, int Line, string Column, IssueText Text)
{
    public string MessageIn(Language language) => language == Language.Vietnamese
        ? string.Create(CultureInfo.InvariantCulture, $"{File}, dòng {Line}, cột {Column}: {Text.Vietnamese}")
        : ToString();

    /// <summary><c>manifest.csv, line 3, column received_at: message</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}, line {Line}, column {Column}: {Text.English}");
}
