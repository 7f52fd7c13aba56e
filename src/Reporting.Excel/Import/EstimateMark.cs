using System.Text;
using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>
/// Reads a cell that marks figures as estimates ("ước thực hiện"): Có/Yes/x mark them, Không/No or an empty cell do
/// not; anything else is refused, so a typo never silently decides whether leaders read a figure as final.
/// </summary>
internal static class EstimateMark
{
    private static readonly string[] Marked = ["có", "yes", "x"];
    private static readonly string[] Unmarked = ["không", "no"];

    public static bool TryRead(RawCell cell, string cellName, out bool isEstimate, out IssueText error)
    {
        (isEstimate, error) = (false, default);
        if (cell.IsBlank)
        {
            return true;
        }

        // Text typed on some keyboards arrives decomposed (o + combining accents): compared composed.
        var text = (cell.AsText() ?? cell.Text).Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (Marked.Contains(text, StringComparer.Ordinal) || Unmarked.Contains(text, StringComparer.Ordinal))
        {
            isEstimate = Marked.Contains(text, StringComparer.Ordinal);
            return true;
        }

        error = new(
            $"'{cell.Text}' in {cellName} does not say whether the figures are estimates: write Có or Không (Yes/No, or x for yes), or leave it empty",
            $"'{cell.Text}' ở ô {cellName} không cho biết số liệu có phải ước tính không: ghi Có hoặc Không (Yes/No, hoặc x là có), hoặc để trống");
        return false;
    }
}
