using System.Net;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// Two portal processes of one deployment over one database, each keeping its own figures: a file accepted by one is in
/// the figures the other shows next, never a figure kept from before it.
/// </summary>
public sealed partial class TwoPortalsTests
{
    [ProviderTheory]
    public async Task AFileAcceptedByOnePortal_IsInTheNextFiguresOfTheOther_ThoughItKeptThePeriodsFiguresBefore(StorageProvider provider)
    {
        using var first = new PortalFactory(provider);
        using var second = new PortalFactory(first);
        using var submitter = await first.LoginAsync(PortalFactory.DepartmentSubmitter);
        using var leader = await second.LoginAsync("leader");
        var file = Workbooks.Filled(PortalFactory.Department, "2026-06", new Dictionary<string, object> { ["EDOC.SENT"] = 4_321, ["EDOC.SIGNED"] = 4_000 });
        var before = SentRow(await leader.Client.GetStringAsync("/Period?period=2026-06"));
        Assert.DoesNotContain("4.321", before, StringComparison.Ordinal);
        Assert.Equal(before, SentRow(await leader.Client.GetStringAsync("/Period?period=2026-06")));

        var upload = await submitter.UploadAsync([("VPUBND_2026-06.xlsx", file)]);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("lưu thành phiên bản 1", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("4.321", SentRow(await leader.Client.GetStringAsync("/Period?period=2026-06")), StringComparison.Ordinal);
        Assert.Contains("4.321", SentRow(await leader.Client.GetStringAsync("/Period?period=2026-Q2")), StringComparison.Ordinal);
    }

    /// <summary>The summary table's row of EDOC.SENT.</summary>
    private static string SentRow(string html) =>
        TableRow().Matches(html).Select(m => m.Value).First(r => r.Contains("EDOC.SENT", StringComparison.Ordinal));

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();
}
