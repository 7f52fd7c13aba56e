using Reporting.Testing;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Reporting.Cli.Tests;

/// <summary>`reporting serve --demo` as the README starts it: the real program, its banner, and a demo login that works.</summary>
public sealed class ServeCommandTests
{
    [ProviderTheory]
    public async Task ServeWithDemo_PrintsTheAccounts_AndTheAnalystCanLogIn(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var url = $"http://127.0.0.1:{Testing.LocalHttp.FreePort()}";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reporting.dll"), "serve", "--db", temp.Db, "--templates", Testing.RepoFiles.Templates, "--demo", "--demo-password", "Serve-test-2026", "--urls", url })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var banner = new StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (!banner.ToString().Contains("Now listening", StringComparison.Ordinal))
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("serve exited: " + banner + await stderr);
                banner.AppendLine(line);
            }

            var printed = banner.ToString();
            Assert.Contains("analyst", printed, StringComparison.Ordinal);
            Assert.Contains("leader", printed, StringComparison.Ordinal);
            Assert.DoesNotContain("Executed DbCommand", printed, StringComparison.Ordinal);

            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(url) };
            var loginPage = await client.GetAsync("/Account/Login");
            Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
            var token = Testing.LocalHttp.AntiForgeryToken(await loginPage.Content.ReadAsStringAsync())!;
            var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "analyst",
                ["password"] = "Serve-test-2026",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
