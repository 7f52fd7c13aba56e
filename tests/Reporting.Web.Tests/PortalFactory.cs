using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Testing;

namespace Reporting.Web.Tests;

/// <summary>
/// The real portal in memory over a fresh database (a SQLite file, or a database on the PostgreSQL test cluster) with the
/// repository's templates and the demo accounts.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>False for a portal over another's database (a second process of one deployment): that one removes it.</summary>
    private readonly bool ownsDatabase;

    public PortalFactory(StorageProvider provider = StorageProvider.Sqlite)
    {
        Database = TestDatabase.Create(provider);
        ownsDatabase = true;
    }

    /// <summary>A second portal over <paramref name="shared"/>'s database, as another server process of one deployment.</summary>
    public PortalFactory(PortalFactory shared)
    {
        Database = shared.Database;
        Templates = shared.Templates;
        Time = shared.Time;
    }

    public const string Password = "Test-password-2026";

    public const string Department = "VPUBND";

    public const string Enterprise = "VNPT";

    /// <summary>Per-file upload limit in these tests (a real form is about 10 KB): small, so oversized uploads are cheap to send.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The portal's database, as <c>Portal:Database</c> names it.</summary>
    public TestDatabase Database { get; }

    /// <summary>The portal's clock; the system's by default.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>How long storing waits for another writer (the portal's default when null).</summary>
    public int? DatabaseWaitSeconds { get; init; }

    /// <summary>Further portal settings (e.g. "Portal:Smtp:Host"), applied after the defaults above.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The templates folder the database is loaded from; the repository's by default.</summary>
    public string Templates { get; init; } = RepoFiles.Templates;

    /// <summary>The demo submitter of <see cref="Department"/> (the first monthly department still reporting).</summary>
    public static string DepartmentSubmitter => "submitter." + Department.ToLowerInvariant();

    public static string EnterpriseSubmitter => "submitter." + Enterprise.ToLowerInvariant();

    public async Task<PortalSession> LoginAsync(string userName)
    {
        var session = new PortalSession(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await session.LoginAsync(userName, Password);
        return session;
    }

    public PortalSession Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:Database", Database.Location);
        builder.UseSetting("Portal:Templates", Templates);
        builder.UseSetting("Portal:DemoAccounts", "true");
        builder.UseSetting("Portal:DemoPassword", Password);
        builder.UseSetting("Portal:MaxUploadFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (DatabaseWaitSeconds is { } wait)
        {
            builder.UseSetting("Portal:DatabaseWaitSeconds", wait.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
