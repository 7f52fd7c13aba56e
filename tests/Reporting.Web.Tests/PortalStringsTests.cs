using System.Text.RegularExpressions;
using Reporting.Core.Completeness;
using Reporting.Testing;
using Reporting.Web.Localization;

namespace Reporting.Web.Tests;

/// <summary>Every English text a page shows has its Vietnamese, so a Vietnamese page never falls back to English.</summary>
public sealed partial class PortalStringsTests
{
    [Fact]
    public void EveryTextOfThePages_HasItsVietnamese()
    {
        var source = Path.Combine(RepoFiles.Root, "src", "Reporting.Web");
        var texts = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => Lookups().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Concat(Enum.GetValues<SubmissionStatus>().Select(StatusText.Of))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(texts.Count > 100, $"only {texts.Count} texts found: has the lookup pattern changed?");
        var missing = texts.Where(t => !PortalStrings.Vietnamese.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "no Vietnamese for: " + string.Join(" | ", missing));
    }

    [Fact]
    public void EachVietnameseText_KeepsThePlaceholdersOfItsEnglish()
    {
        var broken = PortalStrings.Vietnamese.Where(p => Placeholders(p.Key) != Placeholders(p.Value)).Select(p => p.Key).ToList();
        Assert.True(broken.Count == 0, "placeholders differ in: " + string.Join(" | ", broken));
    }

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    // Text["..."], text["..."], Text.Format("...", and the texts page models hand to the page to look up (RequestError = "...").
    [GeneratedRegex("""(?:[Tt]ext(?:\.Format\(|\[)|Error = |Refusal = |Message = )"((?:[^"\\]|\\.)+)"[\],]?""")]
    private static partial Regex Lookups();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
