namespace Reporting.Workflows.Reminders;

/// <summary>
/// The mail server reminders go through (`reporting remind --smtp-host`, the portal's Portal:Smtp section). TLS is used
/// when the server offers it (STARTTLS), or from the start on port 465.
/// </summary>
/// <param name="From">The sender's address, e.g. "baocao@lamson.gov.vn".</param>
/// <param name="UserName">For servers that need a login; none for a relay that trusts the sender's network.</param>
public sealed record SmtpSettings(string Host, int Port, string From, string? UserName = null, string? Password = null)
{
    /// <summary>The settings when a host and a sender are given; null otherwise (no server configured: reminders are only listed).</summary>
    public static SmtpSettings? Configured(string? host, int? port, string? from, string? userName = null, string? password = null) =>
        string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(from) ? null : new SmtpSettings(host.Trim(), port ?? 25, from.Trim(), userName, password);
}
