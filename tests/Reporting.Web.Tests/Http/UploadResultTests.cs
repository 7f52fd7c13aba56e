using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Reporting.Excel.Templates;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// The upload page takes what it advertises (CSV files too) and says what became of each file: values in the sheet's
/// order with their names, errors naming the indicator, a file named for another period held until confirmed, an
/// earlier version sent again made current, and a workbook saved again without a change already received.
/// </summary>
public sealed partial class UploadResultTests : IClassFixture<PortalsByProvider>
{
    private const string Csv = "Code,Indicator,Unit,Value,Note\n"
        + "TEL.PHONE_SUBS,,,\"1.234.567\",\nTEL.MBB_SUBS,,,\"987,654\",\nTEL.FBB_SUBS,,,,\nTEL.REVENUE,,,45000,ước tính\nTEL.BUDGET,,,,\nTEL.BTS,,,1200,\n";

    private readonly PortalsByProvider portals;

    public UploadResultTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    public async Task CsvUpload_WithAgencyAndPeriod_IsStoredWithItsValues(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);

        var response = await submitter.UploadAsync([("vnpt-thang-10.csv", Encoding.UTF8.GetBytes(Csv))], [("agency", "VNPT"), ("period", "2026-10")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"card result accepted\"", html, StringComparison.Ordinal);
        Assert.Contains("Đã nhận: VNPT, kỳ 2026-10, lưu thành phiên bản 1.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(".upload", html, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VNPT' AND period = '2026-10' AND source_file = 'vnpt-thang-10.csv' AND is_current"));
        Assert.Equal(1_234_567L * 1_000_000, await ValueMicrosAsync(portal, "VNPT", "2026-10", "TEL.PHONE_SUBS"));
        Assert.Equal(987_654L * 1_000_000, await ValueMicrosAsync(portal, "VNPT", "2026-10", "TEL.MBB_SUBS"));
        Assert.Equal(45_000L * 1_000_000, await ValueMicrosAsync(portal, "VNPT", "2026-10", "TEL.REVENUE"));
    }

    [ProviderTheory]
    public async Task CsvUpload_WithoutAgencyAndPeriod_IsRejectedSayingWhatIsMissing_InBothLanguages_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var vietnamese = await (await submitter.UploadAsync([("vnpt.csv", Encoding.UTF8.GetBytes(Csv))])).Content.ReadAsStringAsync();
        await SwitchToEnglishAsync(submitter);
        var english = await (await submitter.UploadAsync([("vnpt.csv", Encoding.UTF8.GetBytes(Csv))])).Content.ReadAsStringAsync();

        Assert.Contains("class=\"card result rejected\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("tệp CSV cần chọn đơn vị và kỳ báo cáo (trên cổng: các ô đơn vị và kỳ báo cáo ở mục &#x27;Tệp CSV&#x27;)", vietnamese, StringComparison.Ordinal);
        Assert.Contains("a CSV file needs --agency and --period (on the portal: the agency and period fields under &#x27;CSV files&#x27;)", english, StringComparison.Ordinal);
        Assert.DoesNotContain(".upload", vietnamese + english, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task UploadResult_ListsEveryRowInTheSheetsOrder_WithEachIndicatorsNameBesideItsCode(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-08", new Dictionary<string, object> { ["REC.DIRECT"] = 120, ["EDOC.SENT"] = 4321, ["EDOC.SIGNED"] = 4000 });

        var html = await (await submitter.UploadAsync([("VPUBND_2026-08.xlsx", file)])).Content.ReadAsStringAsync();

        var rows = IndicatorCells(Table(html, "values"));
        Assert.Equal(CodesInSheetOrder(file), rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.Equal(RepoFiles.Catalog[r.Code].NameVi, r.Name));
        Assert.Contains(">4.321<", Table(html, "values"), StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task UploadResult_ErrorsNameTheIndicatorByCodeAndName(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-09", new Dictionary<string, object> { ["EDOC.SENT"] = "nhiều lắm" });

        var html = await (await submitter.UploadAsync([("VPUBND_2026-09.xlsx", file)])).Content.ReadAsStringAsync();

        var error = Assert.Single(IndicatorCells(Table(html, "issues")));
        Assert.Equal(("EDOC.SENT", "Số văn bản điện tử gửi đi"), (error.Code, error.Name));
    }

    [ProviderTheory]
    public async Task FileNamedForAnotherPeriod_IsNotApplied_OffersToApplyAnyway_AndTheConfirmedResubmitStoresIt(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var july = Workbooks.Filled(PortalFactory.Enterprise, "2026-07", new Dictionary<string, object> { ["TEL.REVENUE"] = 47_000 });
        var sha = Convert.ToHexStringLower(SHA256.HashData(july));
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var vietnamese = await (await submitter.UploadAsync([("VNPT_2026-08.xlsx", july)])).Content.ReadAsStringAsync();
        await SwitchToEnglishAsync(submitter);
        var english = await (await submitter.UploadAsync([("VNPT_2026-08.xlsx", july)])).Content.ReadAsStringAsync();

        Assert.Contains("class=\"card result rejected\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("tên tệp VNPT_2026-08.xlsx ghi kỳ 2026-08 nhưng sổ tính là của kỳ 2026-07 (ô B3)", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Nếu sổ tính đúng và chỉ tên tệp sai, hãy chọn lại chính tệp này để lưu cho VNPT, kỳ 2026-07:", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Chưa áp dụng: tên tệp ghi đơn vị hoặc kỳ khác với sổ tính. Chưa lưu gì.", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Vẫn áp dụng", vietnamese, StringComparison.Ordinal);
        Assert.Contains("the file name VNPT_2026-08.xlsx says period 2026-08 but the workbook is for 2026-07 (cell B3)", english, StringComparison.Ordinal);
        Assert.Contains("Not applied: the file&#x27;s name states another agency or period than its workbook. Nothing was stored.", english, StringComparison.Ordinal);
        Assert.Contains("Apply anyway", english, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"confirm\" value=\"{sha}\" />", english, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));

        // A confirmation names one file: another file with the same name is still held.
        var other = Workbooks.Filled(PortalFactory.Enterprise, "2026-07", new Dictionary<string, object> { ["TEL.REVENUE"] = 1 });
        var otherHtml = await (await submitter.UploadAsync([("VNPT_2026-08.xlsx", other)], [("confirm", sha)])).Content.ReadAsStringAsync();
        Assert.Contains("class=\"card result rejected\"", otherHtml, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));

        var confirmed = await (await submitter.UploadAsync([("VNPT_2026-08.xlsx", july)], [("confirm", sha)])).Content.ReadAsStringAsync();

        Assert.Contains("class=\"card result accepted\"", confirmed, StringComparison.Ordinal);
        Assert.Contains("Accepted: VNPT, 2026-07, stored as version 1.", confirmed, StringComparison.Ordinal);
        Assert.Equal(47_000L * 1_000_000, await ValueMicrosAsync(portal, "VNPT", "2026-07", "TEL.REVENUE"));
        Assert.Equal(0, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VNPT' AND period = '2026-08'"));
    }

    [ProviderTheory]
    public async Task EarlierVersionSentAgain_IsStoredAsTheCurrentVersion_AndTheResultSaysWhichVersionItRepeats(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var first = Workbooks.Filled(PortalFactory.Department, "2026-11", new Dictionary<string, object> { ["EDOC.SENT"] = 500 });
        var second = Workbooks.Filled(PortalFactory.Department, "2026-11", new Dictionary<string, object> { ["EDOC.SENT"] = 520 });
        await analyst.UploadAsync([("VPUBND_2026-11.xlsx", first)]);
        await analyst.UploadAsync([("VPUBND_2026-11.xlsx", second)]);

        var again = await (await analyst.UploadAsync([("VPUBND_2026-11.xlsx", first)])).Content.ReadAsStringAsync();

        Assert.Contains("Đã nhận: VPUBND, kỳ 2026-11, lưu thành phiên bản 3, nay là phiên bản hiện hành: trùng với phiên bản 1, được gửi lại sau một phiên bản mới hơn.", again, StringComparison.Ordinal);
        Assert.Equal(500L * 1_000_000, await ValueMicrosAsync(portal, "VPUBND", "2026-11", "EDOC.SENT"));

        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var once = await (await analyst.UploadAsync([("VPUBND_2026-11.xlsx", first)])).Content.ReadAsStringAsync();
        Assert.Contains("Đã nhận trước đó: trùng với VPUBND, kỳ 2026-11, phiên bản 3. Không có gì thay đổi.", once, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task TracePage_ShowsCountsWithoutDecimals(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var file = Workbooks.Filled(PortalFactory.Department, "2026-06", new Dictionary<string, object> { ["EDOC.SENT"] = 4321, ["EDOC.SIGNED"] = 4000 });
        await analyst.UploadAsync([("VPUBND_2026-06.xlsx", file)]);

        var html = await analyst.Client.GetStringAsync("/Trace?period=2026-06&indicator=EDOC.SENT");

        var row = Regex.Match(Table(html, "sources", "id"), "<tr><td class=\"code\">EDOC.SENT</td><td class=\"code\">VPUBND</td>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.EndsWith("<td class=\"num\">4.321</td></tr>", row, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task AWorkbookSavedAgainWithoutAChange_IsAlreadyReceived_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-04", new Dictionary<string, object> { ["EDOC.SENT"] = 4321, ["EDOC.SIGNED"] = 4000 });
        var first = await (await submitter.UploadAsync([("VPUBND_2026-04.xlsx", file)])).Content.ReadAsStringAsync();
        Assert.Contains($"Đã nhận: {PortalFactory.Department}, kỳ 2026-04, lưu thành phiên bản 1.", first, StringComparison.Ordinal);
        var savedAgain = SavedAgain(file);
        Assert.NotEqual(SHA256.HashData(file), SHA256.HashData(savedAgain));
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var html = await (await submitter.UploadAsync([("VPUBND_2026-04 (1).xlsx", savedAgain)])).Content.ReadAsStringAsync();

        Assert.Contains($"Đã nhận trước đó: trùng với {PortalFactory.Department}, kỳ 2026-04, phiên bản 1. Không có gì thay đổi.", html, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    /// <summary>The workbook as Excel saves it again without a change: its document properties rewritten, its sheets as they were.</summary>
    private static byte[] SavedAgain(byte[] workbook)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var properties = zip.Entries.First(e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
            var name = properties.FullName;
            string xml;
            using (var reader = new StreamReader(properties.Open()))
            {
                xml = reader.ReadToEnd();
            }

            properties.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml + "\n");
        }

        return stream.ToArray();
    }

    private static async Task SwitchToEnglishAsync(PortalSession session) =>
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync("/Language", new() { ["lang"] = "en", ["returnUrl"] = "/Upload" }, tokenPage: "/Upload")).StatusCode);

    private static Task<long> ValueMicrosAsync(PortalFactory portal, string agency, string period, string code) => DatabaseFingerprint.CountAsync(
        portal.Database,
        $"SELECT v.value_micros FROM submission_values v JOIN submissions s ON s.id = v.submission_id WHERE s.is_current AND s.agency_code = '{agency}' AND s.period = '{period}' AND v.indicator_code = '{code}'");

    /// <summary>The indicator codes of the Data sheet below its header, top to bottom.</summary>
    private static List<string> CodesInSheetOrder(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return book.Worksheet(SubmissionLayout.DataSheet).RowsUsed()
            .Where(r => r.RowNumber() > SubmissionLayout.HeaderRow)
            .Select(r => r.Cell(SubmissionLayout.CodeColumn).GetString())
            .Where(c => RepoFiles.Catalog.Find(c) is not null)
            .ToList();
    }

    /// <summary>The first table with the class (or id) given.</summary>
    private static string Table(string html, string name, string attribute = "class")
    {
        var start = html.IndexOf(attribute == "class" ? $"<table class=\"grid {name}\"" : $"<table class=\"grid\" id=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {name} in the page");
        return html[start..(html.IndexOf("</table>", start, StringComparison.Ordinal) + 8)];
    }

    /// <summary>Each row's indicator cell: the code and the name beside it.</summary>
    private static List<(string Code, string Name)> IndicatorCells(string table) =>
        IndicatorCell().Matches(table).Select(m => (m.Groups["code"].Value, WebUtility.HtmlDecode(m.Groups["name"].Value).Trim())).ToList();

    [GeneratedRegex("<td><span class=\"code\">(?<code>[^<]+)</span>(?<name>[^<]*)</td>")]
    private static partial Regex IndicatorCell();
}
