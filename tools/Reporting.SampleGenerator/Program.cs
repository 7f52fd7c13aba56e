using Reporting.SampleGenerator;
using Reporting.Testing;

// Usage: Reporting.SampleGenerator [province|bad|all] [--out SAMPLES_DIR]
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var outIndex = Array.IndexOf(args, "--out");
var samples = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : RepoFiles.Samples;

if (what is "province" or "all")
{
    var folder = Path.Combine(samples, "province");
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    var calendar = Reporting.Core.Periods.PeriodCalendar.Read(File.ReadAllText(Path.Combine(RepoFiles.Templates, "calendar.json")));
    var count = new ProvinceSamples(RepoFiles.Catalog, RepoFiles.Directory, calendar).Write(folder);
    Console.Error.WriteLine($"Wrote {count} filled workbooks to {folder}, with manifest.csv (when each was sent)");
}

if (what is "bad" or "all")
{
    var folder = Path.Combine(samples, "bad");
    Directory.CreateDirectory(folder);
    var count = new BadSamples(RepoFiles.Catalog, RepoFiles.Directory).Write(folder);
    Console.Error.WriteLine($"Wrote {count} rejected-file samples to {folder}");
}

return 0;
