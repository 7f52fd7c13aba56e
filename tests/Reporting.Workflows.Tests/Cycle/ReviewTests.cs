using System.Text.Json;
using ClosedXML.Excel;
using Reporting.Core.Audit;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Testing;
using Reporting.Workflows.Import;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;
using Reporting.Workflows.Templates;

namespace Reporting.Workflows.Tests.Cycle;

/// <summary>Review and return on a real database of each provider: the rules, the queue, the entries each decision leaves.</summary>
public sealed class ReviewTests
{
    private static readonly PeriodId August = PeriodId.Parse("2026-08");

    [ProviderTheory]
    public async Task Accept_SubmittedCurrentVersion_IsAccepted_WithExactlyItsEntry_AndANewDataVersion(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August);
        var (entries, version) = (world.Audit().Count, world.DataVersion());

        var outcome = await new SubmissionReview(world.Workspace).AcceptAsync(id, CycleWorld.Analyst);

        Assert.True(outcome.Done);
        Assert.Equal((SubmissionState.Accepted, "analyst1"), (outcome.Review!.Decision, outcome.Review.Reviewer));
        Assert.Equal(SubmissionState.Accepted, (await world.Workspace.Submissions.SubmissionAsync(id))!.State);
        var entry = Assert.Single(world.Audit().Skip(entries));
        Assert.Equal((AuditAction.SubmissionAccepted, "analyst1", "10.0.0.7", "2026-08", "VNPT", (long?)id), (entry.Action, entry.Actor, entry.Origin, entry.Period, entry.Agency, entry.Submission));
        Assert.Contains("\"state\":\"submitted\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"accepted\"", entry.After, StringComparison.Ordinal);
        Assert.Equal(version + 1, world.DataVersion());
    }

    [ProviderTheory]
    public async Task Return_WithACellComment_RecordsReasonAndComment_OnTheIndicatorOfThatCell(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August);
        var d7 = (await world.Workspace.Submissions.RowsOfAsync(id)).Single(r => r.Cell == "D7");
        var entries = world.Audit().Count;

        var outcome = await new SubmissionReview(world.Workspace).ReturnAsync(id, CycleWorld.Analyst, "Số liệu tháng 8 thấp bất thường", [new ReviewComment("d7", null, "Kiểm tra lại số này")]);

        Assert.True(outcome.Done);
        var comment = Assert.Single(outcome.Review!.Comments);
        Assert.Equal(("D7", d7.IndicatorCode, "Kiểm tra lại số này"), (comment.Cell, comment.IndicatorCode, comment.Text));
        Assert.Equal("Số liệu tháng 8 thấp bất thường", outcome.Review.Reason);
        Assert.Equal(SubmissionState.Returned, (await world.Workspace.Submissions.SubmissionAsync(id))!.State);
        var entry = Assert.Single(world.Audit().Skip(entries));
        Assert.Equal(AuditAction.SubmissionReturned, entry.Action);
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal("Số liệu tháng 8 thấp bất thường", after.RootElement.GetProperty("reason").GetString());
        Assert.Equal(d7.IndicatorCode, after.RootElement.GetProperty("comments")[0].GetProperty("indicator").GetString());
        var note = await new ReviewQueue(world.Workspace).LatestReturnAsync("VNPT", August);
        Assert.Equal(outcome.Review.Id, note!.Id);
    }

    [ProviderTheory]
    public async Task Accept_ReturnedSubmission_IsRefused_AndDatabaseUnchanged(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August);
        Assert.True((await new SubmissionReview(world.Workspace).ReturnAsync(id, CycleWorld.Analyst, "sai", [])).Done);
        var before = world.Fingerprint();

        var outcome = await new SubmissionReview(world.Workspace).AcceptAsync(id, CycleWorld.Analyst);

        Assert.Equal(ReviewRefusalKind.AlreadyDecided, outcome.Refusal!.Kind);
        Assert.Equal($"submission {id} was already returned: a decided version stays so until the agency sends a new version", outcome.Refusal.Message);
        Assert.Equal($"báo cáo {id} đã bị trả lại: phiên bản đã xem xét giữ nguyên cho đến khi đơn vị gửi phiên bản mới", outcome.Refusal.MessageVi);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task Accept_SupersededVersion_IsRefused_AndDatabaseUnchanged(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var first = await world.StoreAsync("VNPT", August, revenue: 50_000);
        await world.StoreAsync("VNPT", August, revenue: 52_000);
        var before = world.Fingerprint();

        var outcome = await new SubmissionReview(world.Workspace).AcceptAsync(first, CycleWorld.Analyst);

        Assert.Equal(ReviewRefusalKind.NotCurrent, outcome.Refusal!.Kind);
        Assert.StartsWith($"submission {first} is not the current version", outcome.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task Return_WithoutReason_OrOnACellTheVersionLacks_IsRefused_AndDatabaseUnchanged(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August);
        var before = world.Fingerprint();
        var review = new SubmissionReview(world.Workspace);

        var noReason = await review.ReturnAsync(id, CycleWorld.Analyst, "  ", []);
        var noCell = await review.ReturnAsync(id, CycleWorld.Analyst, "sai", [new ReviewComment("Z99", null, "?")]);
        var nobody = await review.AcceptAsync(id + 1000, CycleWorld.Analyst);

        Assert.Equal((ReviewRefusalKind.NoReason, ReviewRefusalKind.UnknownCell, ReviewRefusalKind.NotFound), (noReason.Refusal!.Kind, noCell.Refusal!.Kind, nobody.Refusal!.Kind));
        Assert.Equal($"trả lại báo cáo {id} cần nêu lý do để đơn vị chỉnh sửa", noReason.Refusal.MessageVi);
        Assert.StartsWith($"submission {id} has no cell or indicator Z99", noCell.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task Queue_HoldsWaitingVersionsOldestFirst_AndANewVersionAfterAReturnWaitsAgain_WithItsChange(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var vnpt = await world.StoreAsync("VNPT", August, revenue: 50_000);
        var viettel = await world.StoreAsync("VIETTEL", August);
        var mobifone = await world.StoreAsync("MOBIFONE", August);
        var review = new SubmissionReview(world.Workspace);
        Assert.True((await review.AcceptAsync(viettel, CycleWorld.Analyst)).Done);
        Assert.True((await review.ReturnAsync(vnpt, CycleWorld.Analyst, "doanh thu thấp", [new ReviewComment(null, "TEL.REVENUE", "?")])).Done);
        var queue = new ReviewQueue(world.Workspace);
        Assert.Equal([mobifone], (await queue.ListAsync(August)).Select(q => q.Submission.Id));

        var corrected = await world.StoreAsync("VNPT", August, revenue: 58_000);

        var waiting = await queue.ListAsync(August);
        Assert.Equal([mobifone, corrected], waiting.Select(q => q.Submission.Id));
        Assert.Equal(SubmissionState.Returned, (await world.Workspace.Submissions.SubmissionAsync(vnpt))!.State);
        Assert.Equal(SubmissionState.Submitted, waiting[1].Submission.State);
        var change = Assert.Single(waiting[1].Changes, c => c.Changed);
        Assert.Equal(("TEL.REVENUE", 58_000m, 50_000m), (change.IndicatorCode, change.Value, change.Previous));
    }

    [ProviderTheory]
    public async Task Template_AfterAReturn_CarriesTheCommentsOnTheirCells_AndStillImports(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August, revenue: 50_000);
        var agency = world.Workspace.Agencies["VNPT"];
        var plain = await SubmissionTemplates.BuildAsync(world.Workspace, agency, August, Language.Vietnamese);
        var revenueCell = (await world.Workspace.Submissions.RowsOfAsync(id)).Single(r => r.IndicatorCode == "TEL.REVENUE").Cell!;
        Assert.True((await new SubmissionReview(world.Workspace).ReturnAsync(id, CycleWorld.Analyst, "Doanh thu thấp", [new ReviewComment(revenueCell, null, "Kiểm tra lại doanh thu")])).Done);

        var returned = await SubmissionTemplates.BuildAsync(world.Workspace, agency, August, Language.Vietnamese);

        using (var before = new XLWorkbook(new MemoryStream(plain.Content)))
        {
            Assert.False(before.Worksheet(1).Cell(revenueCell).HasComment);
        }

        var path = Path.Combine(world.Database.Folder, "VNPT_2026-08.xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(returned.Content)))
        {
            var cell = workbook.Worksheet(1).Cell(revenueCell);
            Assert.True(cell.HasComment);
            Assert.Equal("Bị analyst1 trả lại: Doanh thu thấp\nKiểm tra lại doanh thu", cell.Comment.Text);
            cell.SetValue(56_000m);
            workbook.SaveAs(path);
        }

        var corrected = await world.ImportAsync(path);
        Assert.Equal(ImportOutcome.Stored, corrected.Outcome);
        Assert.Equal(SubmissionState.Submitted, (await world.Workspace.Submissions.SubmissionAsync(corrected.SubmissionId!.Value))!.State);
        var again = await SubmissionTemplates.BuildAsync(world.Workspace, agency, August, Language.Vietnamese);
        using var fresh = new XLWorkbook(new MemoryStream(again.Content));
        Assert.False(fresh.Worksheet(1).Cell(revenueCell).HasComment);
    }

    [ProviderTheory]
    public async Task AcceptedOnly_CountsOnlyAcceptedVersions_AndTheCachedFiguresFollowEachDecision(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var vnpt = await world.StoreAsync("VNPT", August, revenue: 50_000);
        var viettel = await world.StoreAsync("VIETTEL", August, revenue: 70_000);
        var review = new SubmissionReview(world.Workspace);
        var figures = new PeriodFiguresQuery(world.Workspace);
        decimal? Revenue(PeriodFigures f) => f.Summary.Rows.Single(r => r.Indicator.Code == "TEL.REVENUE").Value;
        Assert.Null(Revenue(await figures.BuildAsync(August, acceptedOnly: true)));

        Assert.True((await review.AcceptAsync(vnpt, CycleWorld.Analyst)).Done);
        var oneAccepted = await figures.BuildAsync(August, acceptedOnly: true);
        Assert.True((await review.AcceptAsync(viettel, CycleWorld.Analyst)).Done);
        var bothAccepted = await figures.BuildAsync(August, acceptedOnly: true);

        Assert.Equal(50_000m, Revenue(oneAccepted));
        Assert.Equal(120_000m, Revenue(bothAccepted));
        Assert.Equal(120_000m, Revenue(await figures.BuildAsync(August)));
        Assert.Equal((0, 2), await new ReviewQueue(world.Workspace).AcceptanceAsync(August));
    }
}
