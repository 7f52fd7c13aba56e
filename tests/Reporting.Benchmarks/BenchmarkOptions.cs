using System.Globalization;
using Reporting.Testing;

namespace Reporting.Benchmarks;

/// <summary>
/// The benchmark's command line: province size, number of workbooks, work folder, the storage providers to measure
/// side by side, and (in a child process) the phase and its provider.
/// </summary>
internal sealed record BenchmarkOptions(int Agencies, int Files, string WorkDirectory, string? Phase)
{
    /// <summary>Prepare the work folder and stop: the data is made once and later runs (or `--phase`) reuse it.</summary>
    public bool PrepareOnly { get; init; }

    /// <summary>
    /// The providers measured, in the order printed: SQLite, and PostgreSQL when a server is given (REPORTING_TEST_POSTGRES,
    /// which scripts/postgres-test-cluster.sh sets); <c>--providers sqlite</c> or <c>postgresql</c> narrows it.
    /// </summary>
    public IReadOnlyList<StorageProvider> Providers { get; init; } = [StorageProvider.Sqlite];

    /// <summary>The provider a child process's phase runs on.</summary>
    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    public const string Usage = "usage: [scripts/postgres-test-cluster.sh] dotnet run -c Release --project tests/Reporting.Benchmarks -- "
        + "[--agencies 5000] [--files 1000] [--work DIR] [--providers sqlite,postgresql] [--prepare-only] [--phase NAME --provider P]";

    public string Templates => Path.Combine(WorkDirectory, "templates");

    public string FilesDirectory => Path.Combine(WorkDirectory, "files");

    /// <summary>The big database on the phase's provider: every agency, every indicator, 24 months.</summary>
    public BenchmarkDatabase ProvinceDatabase => Prepared(Database(Provider, "province"));

    /// <summary>The same province over ten years (about 23M values).</summary>
    public BenchmarkDatabase TenYearDatabase => Prepared(Database(Provider, "province-10y"));

    public BenchmarkDatabase Database(StorageProvider provider, string name) => BenchmarkDatabase.Of(this, provider, name);

    /// <summary>
    /// <paramref name="database"/>, which a phase run alone needs made: opening a missing one would create it empty
    /// (a new PostgreSQL server has none of the last one's) and measure nothing.
    /// </summary>
    private BenchmarkDatabase Prepared(BenchmarkDatabase database) =>
        database.Exists()
            ? database
            : throw new ArgumentException($"{database} does not exist: prepare it first (--prepare-only, with the same --work{(database.Provider == StorageProvider.PostgreSql ? " and server" : "")})");

    public string ReportsDirectory => Path.Combine(WorkDirectory, "reports");

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var (agencies, files, work, phase) = (5000, 1000, Path.Combine(Path.GetTempPath(), "reporting-benchmarks"), (string?)null);
        var prepareOnly = false;
        var providers = TestPostgres.Unavailable is null ? new List<StorageProvider> { StorageProvider.Sqlite, StorageProvider.PostgreSql } : [StorageProvider.Sqlite];
        var provider = StorageProvider.Sqlite;
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
                case "--provider":
                    provider = ParseProvider(value);
                    break;
                case "--providers":
                    providers = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseProvider).Distinct().ToList();
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

        if (providers.Contains(StorageProvider.PostgreSql) && TestPostgres.Unavailable is { } why)
        {
            throw new ArgumentException($"--providers names postgresql, but PostgreSQL is not available: {why}. {Usage}");
        }

        return new BenchmarkOptions(agencies, files, work, phase) { PrepareOnly = prepareOnly, Providers = providers, Provider = provider };
    }

    private static StorageProvider ParseProvider(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => StorageProvider.Sqlite,
        "postgresql" or "postgres" => StorageProvider.PostgreSql,
        _ => throw new ArgumentException($"unknown provider '{value}': sqlite or postgresql. {Usage}"),
    };

    /// <summary>The arguments that run <paramref name="phase"/> on the same work folder in a child process.</summary>
    public IReadOnlyList<string> ChildArguments(string phase, StorageProvider provider) =>
    [
        "--agencies", Agencies.ToString(CultureInfo.InvariantCulture),
        "--files", Files.ToString(CultureInfo.InvariantCulture),
        "--work", WorkDirectory,
        "--providers", string.Join(',', Providers).ToLowerInvariant(),
        "--phase", phase,
        "--provider", provider.ToString().ToLowerInvariant(),
    ];
}
