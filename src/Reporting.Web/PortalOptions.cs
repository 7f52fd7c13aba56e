using Reporting.Workflows;

namespace Reporting.Web;

/// <summary>The portal's settings (configuration section "Portal"; `reporting serve` maps its options here).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The reporting database: a SQLite file, or a PostgreSQL URI or connection string (as `--db` takes); created with the
    /// sample catalog when missing.
    /// </summary>
    public string Database { get; set; } = "reporting.db";

    /// <summary>
    /// Where the keys that protect login and anti-forgery cookies are kept (default: a folder beside the database), so
    /// that each deployment has its own and sessions survive a restart. On PostgreSQL the default is a folder named for
    /// the database in the working directory.
    /// </summary>
    public string? KeysFolder { get; set; }

    public string KeysFolderOrDefault => KeysFolder ?? DatabaseFacts.CompanionFolder(Database, ".keys");

    /// <summary>The templates folder for a new database (default: the one next to the program).</summary>
    public string? Templates { get; set; }

    /// <summary>
    /// How long storing an upload waits for another process writing to the database (an import on the command line)
    /// before it gives up and tells the sender to try again.
    /// </summary>
    public int DatabaseWaitSeconds { get; set; } = 30;

    /// <summary>Create one demo account per role on start (for the sample province, never for production).</summary>
    public bool DemoAccounts { get; set; }

    /// <summary>The demo accounts' password; a random one is generated and printed when none is configured.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Files in one upload.</summary>
    public int MaxUploadFiles { get; set; } = 20;

    /// <summary>Bytes of one uploaded file: a report form is a few dozen kilobytes.</summary>
    public long MaxUploadFileBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>The mail server for reminder e-mails (Portal:Smtp:Host, Port, From, UserName, Password); none: reminders are only listed.</summary>
    public PortalSmtpOptions Smtp { get; set; } = new();

    /// <summary>Bytes of a whole upload request.</summary>
    public long MaxUploadRequestBytes => (MaxUploadFiles * MaxUploadFileBytes) + (1024 * 1024);
}
