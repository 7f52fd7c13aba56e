using Reporting.Workflows.Reminders;

namespace Reporting.Web;

/// <summary>The portal's mail server for reminders (configuration section Portal:Smtp).</summary>
public sealed class PortalSmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender's address, e.g. baocao@lamson.gov.vn.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The settings reminders are sent with; null when no host or sender is configured.</summary>
    public SmtpSettings? Settings => SmtpSettings.Configured(Host, Port, From, UserName, Password);
}
