using System.Globalization;

namespace Reporting.Benchmarks;

/// <summary>The benchmark's command line: province size, number of workbooks, work folder, and (in a child process) the phase.</summary>
internal sealed record BenchmarkOptions(int Agencies, int Files, string WorkDirectory, string? Phase)
{
    /// <summary>Prepare the work folder and stop: the data is made once and later runs (or `--phase`) reuse it.</summary>
    public bool PrepareOnly { get; init; }

    public const string Usage = "usage: dotnet run -c Release --project tests/Reporting.Benchmarks -- [--agencies 5000] [--files 1000] [--work DIR] [--prepare-only] [--phase NAME]";

    public string Templates => Path.Combine(WorkDirectory, "templates");

    public string FilesDirectory => Path.Combine(WorkDirectory, "files");

    /// <summary>The big database: every agency, every indicator, 24 months.</summary>
    public string ProvinceDatabase => Path.Combine(WorkDirectory, "province.db");

    /// <summary>The same province over ten years (about 23M values).</summary>
    public string TenYearDatabase => Path.Combine(WorkDirectory, "province-10y.db");

    public string ReportsDirectory => Path.Combine(WorkDirectory, "reports");

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var (agencies, files, work, phase) = (5000, 1000, Path.Combine(Path.GetTempPath(), "reporting-benchmarks"), (string?)null);
        var prepareOnly = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--prepare-only")
            {
                prepareOnly = true;
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException(args[i] + " needs a value. " + Usage);
            switch (args[i])
            {
                case "--agencies":
                    agencies = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--files":
                    files = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--work":
                    work = Path.GetFullPath(value);
                    break;
                case "--phase":
                    phase = value;
                    break;
                default:
                    throw new ArgumentException("unknown option " + args[i] + ". " + Usage);
            }

            i++;
        }

        if (agencies < 50 || files < 1)
        {
            throw new ArgumentException("--agencies must be at least 50 and --files at least 1. " + Usage);
        }

        return new BenchmarkOptions(agencies, files, work, phase) { PrepareOnly = prepareOnly };
    }

    /// <summary>The arguments that run <paramref name="phase"/> on the same work folder in a child process.</summary>
    public IReadOnlyList<string> ChildArguments(string phase) =>
    [
        "--agencies", Agencies.ToString(CultureInfo.InvariantCulture),
        "--files", Files.ToString(CultureInfo.InvariantCulture),
        "--work", WorkDirectory,
        "--phase", phase,
    ];
}
