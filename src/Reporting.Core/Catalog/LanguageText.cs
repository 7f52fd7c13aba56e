using System.Globalization;

namespace Reporting.Core.Catalog;

/// <summary>Picks the Vietnamese or English wording, keeping both side by side where the text is written (reports, notes).</summary>
public static class LanguageText
{
    public static string T(this Language language, string vi, string en) => language == Language.English ? en : vi;

    /// <summary>"6 tháng đầu năm 2026" as a heading: "6 tháng..." stays, "first half" becomes "First half".</summary>
    public static string Capitalized(this string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
