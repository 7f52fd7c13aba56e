using System.Net;
using System.Text;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// A valid upload the database cannot take just now (another process holds its write lock past the portal's wait) is
/// not lost in silence: the sender is told it was not stored and to try again, and nothing of it is stored.
/// </summary>
public sealed class StorageFailureTests
{
    private const string Csv = "Code,Indicator,Unit,Value,Note\n"
        + "TEL.PHONE_SUBS,,,1200,\nTEL.MBB_SUBS,,,900,\nTEL.FBB_SUBS,,,,\nTEL.REVENUE,,,45000,\nTEL.BUDGET,,,,\nTEL.BTS,,,120,\n";

    [ProviderTheory]
    public async Task Upload_WhileAnotherProcessKeepsTheDatabaseBusy_SaysNotStoredTryAgain_AndStoresNothing(StorageProvider provider)
    {
        using var portal = new PortalFactory(provider) { DatabaseWaitSeconds = 1 };
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        HttpResponseMessage response;
        await using (var otherProcess = portal.Database.OpenWritableConnection())
        {
            // SQLite: the one write lock; PostgreSQL: a lock on the submissions table that lets readers in but no writer.
            await using var holdsTheWriteLock = otherProcess.CreateCommand();
            holdsTheWriteLock.CommandText = provider == StorageProvider.Sqlite ? "BEGIN IMMEDIATE" : "BEGIN; LOCK TABLE submissions IN EXCLUSIVE MODE";
            await holdsTheWriteLock.ExecuteNonQueryAsync();

            response = await submitter.UploadAsync([("vnpt.csv", Encoding.UTF8.GetBytes(Csv))], [("agency", "VNPT"), ("period", "2026-10")]);
        }

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, System.Text.RegularExpressions.Regex.Match(html, "<section class=.card.*?</section>|class=.error.*?</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        Assert.Contains("Chưa lưu: máy chủ tạm thời không lưu được tệp này", html, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.Database.Location, html, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));

        // Once the other process is done, the same file is stored.
        var again = await submitter.UploadAsync([("vnpt.csv", Encoding.UTF8.GetBytes(Csv))], [("agency", "VNPT"), ("period", "2026-10")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Đã nhận: VNPT, kỳ 2026-10, lưu thành phiên bản 1.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
