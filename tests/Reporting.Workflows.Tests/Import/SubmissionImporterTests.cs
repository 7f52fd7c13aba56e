using System.Globalization;
using System.Text;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Validation;
using Reporting.Excel.Import;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests.Import;

/// <summary>
/// No value changes in silence: what the importer refuses (and leaves the database as it was) and what it applies, with
/// real workbooks on a real database of each provider.
/// </summary>
public sealed class SubmissionImporterTests : IAsyncLifetime
{
    /// <summary>Noon in the province (UTC+7) on 5 December 2026: every period these tests store has begun.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-importer-").FullName;
    private TestDatabase? database;
    private ReportingWorkspace workspace = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh database of the provider, opened at <see cref="Now"/>.</summary>
    private async Task StartAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        workspace = await OpenAsync(Now);
    }

    public async Task DisposeAsync()
    {
        if (workspace is not null)
        {
            await workspace.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    [ProviderTheory]
    public async Task Import_CorrectionWithAFormulaWithoutValue_IsRejected_AndTheEarlierFigureStays(StorageProvider provider)
    {
        await StartAsync(provider);
        // samples/bad/formula-without-value.xlsx is a good form whose EDOC.SENT cell holds <f>120+80</f> and an empty value.
        var bad = Path.Combine(RepoFiles.Samples, "bad", "formula-without-value.xlsx");
        var stated = new SubmissionFileReader(workspace.Catalog).Read(bad);
        var agency = workspace.Agencies[stated.AgencyCode!];
        var period = stated.Period!.Value;
        var sent = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(agency, period)["EDOC.SENT"];
        Assert.NotNull(sent);
        Assert.Equal(ImportOutcome.Stored, (await ImportAsync(Workbook(agency.Code, period, "first.xlsx"))).Outcome);
        var before = Fingerprint();

        var result = await ImportAsync(bad);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(("Data", "D7", "EDOC.SENT"), (issue.Sheet, issue.Cell, issue.IndicatorCode));
        Assert.StartsWith("EDOC.SENT (E-documents sent) is a formula without a computed value", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Excel or LibreOffice", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("EDOC.SENT (Số văn bản điện tử gửi đi) là công thức chưa có giá trị tính sẵn", issue.MessageVi, StringComparison.Ordinal);
        Assert.Contains("Excel hoặc LibreOffice", issue.MessageVi, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
        Assert.Equal(sent, await CurrentValueAsync(agency.Code, period, "EDOC.SENT"));
    }

    [ProviderTheory]
    public async Task Import_PeriodThatHasNotBegunInTheProvince_IsRejected_AndTheDatabaseIsUnchanged(StorageProvider provider)
    {
        await StartAsync(provider);
        // The province's April runs from 15 March (templates/calendar.json: cut-off on the 15th); 16:30 UTC on 14 March is
        // 23:30 there, so April has not begun yet.
        await using var evening = await OpenAsync(new DateTimeOffset(2026, 3, 14, 16, 30, 0, TimeSpan.Zero));
        var file = Workbook("VNPT", PeriodId.Parse("2026-04"), "VNPT_2026-04.xlsx");
        var before = Fingerprint();

        var result = await new SubmissionImporter(evening).ImportFileAsync(file, new ImportOptions());

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        var issue = Assert.Single(result.Errors);
        Assert.Equal("B3", issue.Cell);
        Assert.Equal("the period 2026-04 has not begun yet: it begins on 2026-03-15 and today is 2026-03-14; a period's figures can be sent once it has begun: check the period", issue.Message);
        Assert.Equal("kỳ 2026-04 chưa bắt đầu: kỳ bắt đầu từ 15/03/2026, hôm nay là 14/03/2026; chỉ gửi số liệu của kỳ đã bắt đầu: hãy kiểm tra lại kỳ báo cáo", issue.MessageVi);
        Assert.Equal(before, Fingerprint());
    }

    [ProviderTheory]
    public async Task Import_PeriodThatHasBegunInTheProvince_ThoughNotYetInUtc_IsStored(StorageProvider provider)
    {
        await StartAsync(provider);
        // 17:30 UTC on 14 March is 00:30 on 15 March in the province, the first day of its April.
        await using var midnight = await OpenAsync(new DateTimeOffset(2026, 3, 14, 17, 30, 0, TimeSpan.Zero));

        var result = await new SubmissionImporter(midnight).ImportFileAsync(Workbook("VNPT", PeriodId.Parse("2026-04"), "VNPT_2026-04.xlsx"), new ImportOptions());

        Assert.Equal(ImportOutcome.Stored, result.Outcome);
    }

    [ProviderTheory]
    public async Task Import_ValueFarFromTheAgencysHistory_IsWarnedAbout_WhetherChecked_Refused_OrStored(StorageProvider provider)
    {
        await StartAsync(provider);
        foreach (var (month, revenue) in new[] { ("2026-01", 5_000m), ("2026-02", 5_200m), ("2026-03", 5_400m) })
        {
            Assert.Equal(ImportOutcome.Stored, (await ImportAsync(Workbook("VNPT", PeriodId.Parse(month), $"VNPT_{month}.xlsx", revenue))).Outcome);
        }

        // April's revenue typed with an extra zero: more than ten times the median of the three months before.
        const string Expected = "TEL.REVENUE (60,000) in D";
        const string Usual = "is far above this agency's usual value (median 5,200 over 3 earlier reports)";
        var april = Workbook("VNPT", PeriodId.Parse("2026-04"), "VNPT_2026-04.xlsx", revenue: 60_000);
        var renamed = Workbook("VNPT", PeriodId.Parse("2026-04"), "VNPT_2026-05.xlsx", revenue: 60_000);

        var checkedOnly = await ImportAsync(april, new ImportOptions { DryRun = true });
        var refused = await ImportAsync(renamed);
        var stored = await ImportAsync(april);

        Assert.Equal(ImportOutcome.Valid, checkedOnly.Outcome);
        Assert.Equal(ImportOutcome.Rejected, refused.Outcome);
        Assert.Equal(ImportOutcome.Stored, stored.Outcome);
        foreach (var result in new[] { checkedOnly, refused, stored })
        {
            var warning = Assert.Single(result.Issues, i => i.Severity == Severity.Warning);
            Assert.Equal("TEL.REVENUE", warning.IndicatorCode);
            Assert.StartsWith(Expected, warning.Message, StringComparison.Ordinal);
            Assert.EndsWith(Usual, warning.Message, StringComparison.Ordinal);
        }

        // The refusal names the file's period too; the stored file's issues are the checked file's.
        Assert.Contains(refused.Errors, e => e.Message.Contains("2026-05", StringComparison.Ordinal));
        Assert.Equal(checkedOnly.Issues.Select(i => (i.Cell, i.Message)), stored.Issues.Select(i => (i.Cell, i.Message)));
    }

    [ProviderTheory]
    public async Task Import_FileNamedForAnotherPeriod_IsNotApplied_NamingBoth_UntilConfirmed(StorageProvider provider)
    {
        await StartAsync(provider);
        // August's workbook copied and renamed for September must not replace the real August report.
        var august = PeriodId.Parse("2026-08");
        Assert.Equal(ImportOutcome.Stored, (await ImportAsync(Workbook("VNPT", august, "VNPT_2026-08.xlsx", revenue: 50_000))).Outcome);
        var copy = Workbook("VNPT", august, "VNPT_2026-09.xlsx", revenue: 61_000);
        var before = Fingerprint();

        var refused = await ImportAsync(copy);

        Assert.Equal(ImportOutcome.Rejected, refused.Outcome);
        Assert.True(refused.NeedsConfirmation);
        var issue = Assert.Single(refused.Errors);
        Assert.Equal(("Data", "B3"), (issue.Sheet, issue.Cell));
        Assert.Equal(
            "the file name VNPT_2026-09.xlsx says period 2026-09 but the workbook is for 2026-08 (cell B3): nothing was applied, in case it is another period's file renamed or copied; "
            + "rename the file, or confirm that it is for 2026-08",
            issue.Message);
        Assert.Equal(
            "tên tệp VNPT_2026-09.xlsx ghi kỳ 2026-09 nhưng sổ tính là của kỳ 2026-08 (ô B3): chưa áp dụng tệp, phòng khi đây là tệp của kỳ khác bị đổi tên hoặc sao chép; "
            + "hãy đổi tên tệp, hoặc xác nhận tệp là của kỳ 2026-08",
            issue.MessageVi);
        Assert.Equal(before, Fingerprint());
        Assert.Equal(50_000m, await CurrentValueAsync("VNPT", august, "TEL.REVENUE"));

        var confirmed = await ImportAsync(copy, new ImportOptions(Confirmed: new HashSet<string>(StringComparer.Ordinal) { refused.Sha256! }));

        Assert.Equal((ImportOutcome.Stored, "VNPT", (PeriodId?)august, (int?)2), (confirmed.Outcome, confirmed.AgencyCode, confirmed.Period, confirmed.Version));
        Assert.Equal(61_000m, await CurrentValueAsync("VNPT", august, "TEL.REVENUE"));
    }

    [ProviderTheory]
    public async Task Import_FileNamedForAnotherPeriod_IsApplied_WhenThePeriodIsGiven(StorageProvider provider)
    {
        await StartAsync(provider);
        var file = Workbook("VNPT", PeriodId.Parse("2026-08"), "VNPT_2026-09.xlsx");

        var withPeriod = await ImportAsync(file, new ImportOptions(Period: PeriodId.Parse("2026-08")));

        Assert.Equal(ImportOutcome.Stored, withPeriod.Outcome);
        Assert.Empty(withPeriod.Issues);
    }

    [ProviderTheory]
    public async Task Import_FileNamedForAnotherAgency_IsNotApplied_NamingBoth(StorageProvider provider)
    {
        await StartAsync(provider);
        var file = Workbook("VIETTEL", PeriodId.Parse("2026-08"), "VNPT_2026-08_final.xlsx");
        var before = Fingerprint();

        var result = await ImportAsync(file);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.True(result.NeedsConfirmation);
        var issue = Assert.Single(result.Errors);
        Assert.Equal("B2", issue.Cell);
        Assert.StartsWith("the file name VNPT_2026-08_final.xlsx says agency VNPT but the workbook is for VIETTEL (cell B2)", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("tên tệp VNPT_2026-08_final.xlsx ghi đơn vị VNPT nhưng sổ tính là của đơn vị VIETTEL (ô B2)", issue.MessageVi, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());

        Assert.Equal(ImportOutcome.Stored, (await ImportAsync(file, new ImportOptions(Agency: "VIETTEL"))).Outcome);
    }

    [ProviderTheory]
    [InlineData(" vnpt ")]
    [InlineData("Vnpt")]
    public async Task Import_OfAnAgencyCodeTypedInAnotherLetterCase_IsStoredUnderTheListsCode(StorageProvider provider, string typed)
    {
        await StartAsync(provider);
        var file = Workbook("VNPT", PeriodId.Parse("2026-08"), "VNPT_2026-08.xlsx", revenue: 1234m);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(file))
        {
            workbook.Worksheet("Data").Cell("B2").Value = typed;
            workbook.Save();
        }

        var result = await ImportAsync(file);

        Assert.True(result.Outcome == ImportOutcome.Stored, string.Join("; ", result.Errors.Select(e => $"{e.Cell}: {e.Message}")));
        Assert.Equal("VNPT", result.AgencyCode);
        Assert.Equal(1234m, await CurrentValueAsync("VNPT", PeriodId.Parse("2026-08"), "TEL.REVENUE"));
        Assert.Contains("|VNPT|2026-08|1|", Fingerprint(), StringComparison.Ordinal);
    }

    [ProviderTheory]
    [InlineData("VNPT_2026-08.xlsx")]
    [InlineData("VNPT_2026-08_v2.xlsx")]
    [InlineData("VNPT_2026-08 (1).xlsx")]
    [InlineData("bao-cao-thang-9.xlsx")]
    [InlineData("BaoCao_2026-09.xlsx")]
    [InlineData("VNPT_2026-09-15.xlsx")]
    public async Task Import_FileWhoseNameAgreesOrIsNotInTheTemplatesNaming_IsStored(StorageProvider provider, string name)
    {
        await StartAsync(provider);
        var result = await ImportAsync(Workbook("VNPT", PeriodId.Parse("2026-08"), name));

        Assert.Equal(ImportOutcome.Stored, result.Outcome);
        Assert.False(result.NeedsConfirmation);
    }

    [ProviderTheory]
    public async Task Import_OfAnEarlierVersionAfterANewerOne_MakesItCurrentAsANewVersion_AndSaysWhichItRepeats(StorageProvider provider)
    {
        await StartAsync(provider);
        var march = PeriodId.Parse("2026-03");
        var first = Workbook("VNPT", march, "VNPT_2026-03.xlsx", revenue: 50_000);
        var second = Workbook("VNPT", march, "VNPT_2026-03_v2.xlsx", revenue: 52_000);
        await ImportAsync(first);
        var corrected = await ImportAsync(second);

        var again = await ImportAsync(first);

        Assert.Equal((ImportOutcome.Stored, (int?)3, (int?)1, corrected.SubmissionId), (again.Outcome, again.Version, again.RepeatsVersion, again.SupersededId));
        Assert.Equal(50_000m, await CurrentValueAsync("VNPT", march, "TEL.REVENUE"));
        var versions = await workspace.Submissions.SubmissionsOfAgencyAsync("VNPT");
        Assert.Equal([(1, false), (2, false), (3, true)], versions.Select(v => (v.Version, v.IsCurrent)));

        var before = Fingerprint();
        var once = await ImportAsync(first);
        Assert.Equal((ImportOutcome.Unchanged, (int?)3, (int?)null), (once.Outcome, once.Version, once.RepeatsVersion));
        Assert.Equal(before, Fingerprint());
    }

    /// <summary>
    /// On PostgreSQL files of different agencies are stored at once (<see cref="SubmissionImporter.ImportFilesAsync"/>);
    /// each agency's own files must still be stored in name order, corrections after what they correct.
    /// </summary>
    [ProviderTheory]
    public async Task ImportFiles_OfFourAgenciesWithCorrections_StoresEachAgencysFilesInNameOrder_WithIdsInFileOrder(StorageProvider provider)
    {
        await StartAsync(provider);
        string[] agencies = ["VNPT", "VIETTEL", "MOBIFONE", "FPT"];
        string[] months = ["2026-01", "2026-02", "2026-03"];
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        var expected = new Dictionary<(string Agency, string Period), List<decimal>>();
        var names = new List<string>();

        // Versions 1, 2 and 3 of each agency's month one after the other, so that lanes would take them at once.
        foreach (var month in months)
        {
            foreach (var agency in agencies)
            {
                for (var version = 1; version <= 3; version++)
                {
                    var revenue = 50_000m + (1_000m * Array.IndexOf(agencies, agency)) + (100m * Array.IndexOf(months, month)) + version;
                    var name = $"f{names.Count:D3}.xlsx";
                    File.Move(Workbook(agency, PeriodId.Parse(month), name, revenue), Path.Combine(inbox, name));
                    names.Add(name);
                    expected.TryAdd((agency, month), []);
                    expected[(agency, month)].Add(revenue);
                }
            }
        }

        var results = new List<FileImportResult>();
        await foreach (var result in new SubmissionImporter(workspace).ImportFilesAsync(SubmissionImporter.ExpandPaths([inbox]), new ImportOptions()))
        {
            results.Add(result);
        }

        Assert.Equal(names, results.Select(r => Path.GetFileName(r.File)));
        Assert.All(results, r => Assert.True(r.Outcome == ImportOutcome.Stored, string.Join("; ", r.Issues)));
        Assert.Equal(names.Select((_, i) => (i % 3) + 1), results.Select(r => r.Version!.Value));

        // Ids in the files' order, as when stored one at a time: the same files give the same ids on either provider.
        var ids = results.Select(r => r.SubmissionId!.Value).ToList();
        Assert.Equal(ids.Order(), ids);
        foreach (var ((agency, month), revenues) in expected)
        {
            var period = PeriodId.Parse(month);
            var versions = (await workspace.Submissions.SubmissionsOfAgencyAsync(agency)).Where(v => v.Period == period).OrderBy(v => v.Version).ToList();
            Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
            for (var i = 0; i < 3; i++)
            {
                var stored = await workspace.Submissions.ValuesOfAsync(versions[i].Id);
                Assert.Equal(revenues[i], stored.Single(v => v.IndicatorCode == "TEL.REVENUE").Value);
            }

            Assert.Equal(revenues[^1], await CurrentValueAsync(agency, period, "TEL.REVENUE"));
        }
    }

    /// <summary>An agency's old .xls or LibreOffice .ods dropped in the folder among the others is answered, not left out unsaid.</summary>
    [ProviderTheory]
    public async Task ImportFiles_OfAFolderWithAnXlsAnOdsAndAnXlsm_RefusesTheFirstTwoByName_AndStoresTheWorkbookWithMacros(StorageProvider provider)
    {
        await StartAsync(provider);
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        // An Excel 97-2003 file begins with the OLE2 compound file signature; an .ods is a zip that names its kind first, uncompressed.
        await File.WriteAllBytesAsync(Path.Combine(inbox, "FPT_2026-03.xls"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2048]]);
        using (var ods = System.IO.Compression.ZipFile.Open(Path.Combine(inbox, "MOBIFONE_2026-03.ods"), System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(ods.CreateEntry("mimetype", System.IO.Compression.CompressionLevel.NoCompression).Open()))
            {
                await writer.WriteAsync("application/vnd.oasis.opendocument.spreadsheet");
            }

            using (var writer = new StreamWriter(ods.CreateEntry("content.xml").Open()))
            {
                await writer.WriteAsync("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            }
        }

        File.Move(Workbook("VNPT", PeriodId.Parse("2026-03"), "VNPT_2026-03.xlsm", revenue: 51_000), Path.Combine(inbox, "VNPT_2026-03.xlsm"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "readme.txt"), "not a submission");

        var results = new List<FileImportResult>();
        await foreach (var result in new SubmissionImporter(workspace).ImportFilesAsync(SubmissionImporter.ExpandPaths([inbox]), new ImportOptions()))
        {
            results.Add(result);
        }

        Assert.Equal(["FPT_2026-03.xls", "MOBIFONE_2026-03.ods", "VNPT_2026-03.xlsm"], results.Select(r => Path.GetFileName(r.File)));
        Assert.Equal([ImportOutcome.Rejected, ImportOutcome.Rejected, ImportOutcome.Stored], results.Select(r => r.Outcome));
        Assert.Equal("password-protected or old .xls format: save as .xlsx without a password", Assert.Single(results[0].Errors).Message);
        Assert.Contains("OpenDocument spreadsheet (.ods)", Assert.Single(results[1].Errors).Message, StringComparison.Ordinal);
        Assert.Equal(51_000m, await CurrentValueAsync("VNPT", PeriodId.Parse("2026-03"), "TEL.REVENUE"));
        Assert.Single(await workspace.Submissions.SubmissionsOfAgencyAsync("VNPT"));
        Assert.Empty(await workspace.Submissions.SubmissionsOfAgencyAsync("FPT"));
        Assert.Empty(await workspace.Submissions.SubmissionsOfAgencyAsync("MOBIFONE"));
    }

    [Fact]
    public void ExpandPaths_OfAFolderWithLinks_FollowsNoLink_AndListsEachFileOnce()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName;
        var sub = Directory.CreateDirectory(Path.Combine(inbox, "sub")).FullName;
        foreach (var file in new[] { Path.Combine(inbox, "a.xlsx"), Path.Combine(sub, "b.csv"), Path.Combine(elsewhere, "outside.xlsx") })
        {
            File.WriteAllText(file, "x");
        }

        Directory.CreateSymbolicLink(Path.Combine(inbox, "loop"), inbox);
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), inbox);
        Directory.CreateSymbolicLink(Path.Combine(inbox, "out"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(inbox, "copy.xlsx"), Path.Combine(inbox, "a.xlsx"));
        File.CreateSymbolicLink(Path.Combine(inbox, "far.xlsx"), Path.Combine(elsewhere, "outside.xlsx"));

        var files = SubmissionImporter.ExpandPaths([inbox, Path.Combine(inbox, "a.xlsx"), inbox + "/"]);

        Assert.Equal([Path.Combine(inbox, "a.xlsx"), Path.Combine(sub, "b.csv")], files);
    }

    [Fact]
    public void ExpandPaths_OfALinkNamedDirectly_ReadsItOnce()
    {
        var target = Path.Combine(folder, "VNPT_2026-03.xlsx");
        File.WriteAllText(target, "x");
        var link = Path.Combine(folder, "link.xlsx");
        File.CreateSymbolicLink(link, target);

        Assert.Equal([link], SubmissionImporter.ExpandPaths([link, target]));
    }

    private async Task<ReportingWorkspace> OpenAsync(DateTimeOffset now) => await ReportingWorkspace.OpenAsync(new DatabaseOpening(database!.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(now) });

    private Task<FileImportResult> ImportAsync(string path, ImportOptions? options = null) =>
        new SubmissionImporter(workspace).ImportFileAsync(path, options ?? new ImportOptions());

    /// <summary>The agency's form for the period filled with the synthetic province's values (TEL.REVENUE as given).</summary>
    private string Workbook(string agency, PeriodId period, string name, decimal? revenue = null)
    {
        var values = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(workspace.Agencies[agency], period).ToDictionary(StringComparer.Ordinal);
        if (revenue is not null)
        {
            values["TEL.REVENUE"] = revenue;
        }

        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName, name);
        using var stream = File.Create(path);
        new SubmissionTemplateWriter(workspace.Catalog).Write(workspace.Agencies[agency], period, Language.Vietnamese, stream, values);
        return path;
    }

    private async Task<decimal?> CurrentValueAsync(string agency, PeriodId period, string code) =>
        (await workspace.Submissions.CurrentValuesOfAgenciesAsync([agency], period.FirstMonth, period.LastMonth))
            .SingleOrDefault(v => v.IndicatorCode == code && v.Period == period)?.Value;

    /// <summary>Every submission, value and roll-up as one string: equal before and after means nothing changed.</summary>
    private string Fingerprint()
    {
        using var connection = database!.OpenConnection();
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT id, agency_code, period, version, sha256, is_current FROM submissions ORDER BY id",
            "SELECT submission_id, indicator_code, value_micros, cell FROM submission_values ORDER BY id",
            "SELECT * FROM period_rollups ORDER BY 1, 2, 3",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.AppendJoin('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))).Append('\n');
            }
        }

        return text.ToString();
    }
}
