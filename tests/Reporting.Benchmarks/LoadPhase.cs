using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Reporting.Testing;

namespace Reporting.Benchmarks;

/// <summary>
/// Report day: the real portal (`reporting serve`, Kestrel) over a copy of the big database, 20 people reading the period
/// page and the dashboard at once while 50 distinct valid workbooks are uploaded, on plain HttpClients over the loopback
/// address, each logged in as a demo account. Prints p50, p95 and max per page, single warm requests, and the portal's
/// peak resident memory; checks that every upload was stored exactly once. One more workbook is uploaded alone before,
/// outside the table, so that the load measures a running portal rather than the first use of the upload's code.
/// </summary>
internal static class LoadPhase
{
    public const string PeriodPage = "/Period?period=2026-H1";
    public const string Dashboard = "/?period=2026-H1";

    private const int Readers = 20;
    private const int Uploads = 50;
    private const int UploadersAtOnce = 5;

    /// <summary>No phase runs longer than this, whatever the machine.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<PhaseResult> RunAsync(BenchmarkOptions options)
    {
        var copy = options.ProvinceDatabase.CopyTo(options, "province-load");
        var all = Directory.GetFiles(options.FilesDirectory, "*.xlsx").Order(StringComparer.Ordinal).Take(Uploads + 1).ToList();
        var (files, warmUp) = (all[..Uploads], all[Uploads]);
        var firstUpload = 0d;
        var shas = files.ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
        var before = CountSubmissions(copy);

        var clock = Stopwatch.StartNew();
        double peak;
        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        var (cold, warm) = (new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, double>(StringComparer.Ordinal));
        int failures;
        await using (var portal = await LoadPhasePortal.StartAsync(copy.Location, TimeSpan.FromMinutes(2)))
        {
            var started = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"Portal up on {portal.Address} in {started:F1} s (migrations and catalog included).");
            using var leader = await LoginAsync(portal.Address, "leader");

            // One person alone: the first request after start, then the median of 5 warm ones.
            foreach (var page in new[] { PeriodPage, Dashboard })
            {
                cold[page] = await TimeAsync(leader, page);
                var runs = new List<double>();
                for (var i = 0; i < 5; i++)
                {
                    runs.Add(await TimeAsync(leader, page));
                }

                warm[page] = Timing.Median(runs);
            }

            // One upload alone and each page after it, untimed: the load measures a running portal, not the first use of
            // the upload's code (ClosedXML's JIT alone takes seconds of both cores) and of the figures' updates.
            using (var warmUploader = await LoginAsync(portal.Address, "analyst"))
            {
                var watch = Stopwatch.StartNew();
                firstUpload = await UploadAsync(warmUploader, warmUp) ? watch.Elapsed.TotalSeconds : throw new InvalidOperationException("the warm-up upload was refused: " + warmUp);
                foreach (var page in new[] { PeriodPage, Dashboard })
                {
                    await TimeAsync(leader, page);
                }
            }

            var readers = new List<HttpClient>();
            for (var i = 0; i < Readers; i++)
            {
                readers.Add(await LoginAsync(portal.Address, i % 2 == 0 ? "leader" : "analyst"));
            }

            using var uploader = await LoginAsync(portal.Address, "analyst");
            var uploadsDone = new CancellationTokenSource(Limit);
            var queue = new ConcurrentQueue<string>(files);
            var failed = 0;
            var uploading = Enumerable.Range(0, UploadersAtOnce).Select(async _ =>
            {
                while (queue.TryDequeue(out var file))
                {
                    var watch = Stopwatch.StartNew();
                    var ok = await UploadAsync(uploader, file);
                    latencies.GetOrAdd("upload", _ => []).Add(watch.Elapsed.TotalSeconds);
                    if (!ok)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }).ToList();
            var allUploaded = Task.WhenAll(uploading).ContinueWith(_ => uploadsDone.Cancel(), TaskScheduler.Default);

            // Each reader opens the period page, then the dashboard, again and again while the uploads run.
            var reading = readers.Select(async (client, i) =>
            {
                var pages = i % 2 == 0 ? new[] { PeriodPage, Dashboard } : [Dashboard, PeriodPage];
                while (!uploadsDone.IsCancellationRequested)
                {
                    foreach (var page in pages)
                    {
                        var seconds = await TimeAsync(client, page);
                        latencies.GetOrAdd(page, _ => []).Add(seconds);
                    }
                }
            }).ToList();
            await Task.WhenAll(reading);
            await allUploaded;
            failures = failed;
            peak = portal.PeakMegabytes();
            readers.ForEach(r => r.Dispose());
        }

        var storedOnce = shas.Values.Count(sha => CountSubmissions(copy, sha) == 1);
        var added = CountSubmissions(copy) - before;

        Console.WriteLine();
        Console.WriteLine($"{"",-28}{"n",6}{"p50 ms",9}{"p95 ms",9}{"max ms",9}");
        foreach (var (name, bag) in latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToList();
            Console.WriteLine($"{name,-28}{sorted.Count,6}{Percentile(sorted, 0.50) * 1000,9:F0}{Percentile(sorted, 0.95) * 1000,9:F0}{sorted[^1] * 1000,9:F0}");
        }

        foreach (var page in cold.Keys)
        {
            Console.WriteLine($"alone {page,-22} first {cold[page] * 1000:F0} ms, warm median of 5: {warm[page] * 1000:F0} ms");
        }

        Console.WriteLine($"first upload after start (alone, before the load; not in the table): {firstUpload * 1000:F0} ms");
        Console.WriteLine($"portal peak resident memory (VmHWM): {peak:F0} MB; uploads stored exactly once: {storedOnce}/{files.Count}, submissions added: {added}, refused or failed: {failures}");

        var splits = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, bag) in latencies)
        {
            var sorted = bag.Order().ToList();
            splits[$"{name} p95 of {sorted.Count}"] = Percentile(sorted, 0.95);
        }

        foreach (var page in warm.Keys)
        {
            splits[$"{page} alone, warm"] = warm[page];
        }

        return new PhaseResult(clock.Elapsed.TotalSeconds, splits, $"{storedOnce}/{files.Count} uploads stored exactly once ({added} submissions added); portal peak RSS {peak:F0} MB");
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<double> TimeAsync(HttpClient client, string page)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(page);
        _ = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{page} answered {response.StatusCode}");
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<HttpClient> LoginAsync(Uri address, string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        var form = new Dictionary<string, string>
        {
            ["userName"] = user,
            ["password"] = LoadPhasePortal.Password,
            ["__RequestVerificationToken"] = await TokenAsync(client, "/Account/Login"),
        };
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(form));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"login as {user} failed: {response.StatusCode}");
    }

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        LocalHttp.AntiForgeryToken(await client.GetStringAsync(page)) ?? throw new InvalidOperationException("no anti-forgery token on " + page);

    /// <summary>Posts one workbook as the upload form does; true when the portal says it was stored.</summary>
    private static async Task<bool> UploadAsync(HttpClient client, string file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await TokenAsync(client, "/Upload")), "__RequestVerificationToken");
        var part = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(part, "files", Path.GetFileName(file));
        using var response = await client.PostAsync("/Upload", form);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static long CountSubmissions(BenchmarkDatabase database, string? sha = null)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sha is null ? "SELECT COUNT(*) FROM submissions" : "SELECT COUNT(*) FROM submissions WHERE sha256 = @sha";
        if (sha is not null)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("sha", sha);
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
