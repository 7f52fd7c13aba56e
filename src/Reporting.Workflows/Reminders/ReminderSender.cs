using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reporting.Core.Submissions;
using Reporting.Data;

namespace Reporting.Workflows.Reminders;

/// <summary>
/// E-mails agencies that owe a submission before its deadline, at most once per agency and deadline (reminders_sent):
/// a second run, or a second sender at the same time, sends nothing again. Without a server it only lists them.
/// </summary>
public sealed class ReminderSender(ReportingWorkspace workspace)
{
    public async Task<IReadOnlyList<ReminderResult>> SendAsync(IReadOnlyList<DueSubmission> owed, SmtpSettings? smtp, CancellationToken cancellationToken = default)
    {
        var log = new ReminderLog(workspace.Db);
        var sent = await log.SentAsync(owed.Select(o => o.Period).Distinct().ToList(), cancellationToken);
        var results = new List<ReminderResult>();
        SmtpClient? client = null;
        string? unreachable = null;
        try
        {
            foreach (var item in owed)
            {
                var address = item.Agency.Email;
                if (sent.Contains((item.Agency.Code, item.Period.ToString(), item.Due)))
                {
                    results.Add(new(item, address, ReminderOutcome.AlreadySent));
                    continue;
                }

                if (address is null)
                {
                    results.Add(new(item, null, ReminderOutcome.NoAddress));
                    continue;
                }

                if (smtp is null)
                {
                    results.Add(new(item, address, ReminderOutcome.NotSent));
                    continue;
                }

                if (unreachable is not null)
                {
                    results.Add(new(item, address, ReminderOutcome.Failed, unreachable));
                    continue;
                }

                try
                {
                    client ??= await ConnectAsync(smtp, cancellationToken);
                }
                catch (Exception e) when (IsMailFailure(e))
                {
                    // The server cannot be reached or refuses the login: the rest would wait for the same, each in turn.
                    unreachable = $"{smtp.Host}:{smtp.Port}: {e.Message}";
                    results.Add(new(item, address, ReminderOutcome.Failed, unreachable));
                    continue;
                }

                try
                {
                    var message = Message(item, address, smtp);
                    var connected = client;
                    var recorded = await log.RecordAndSendAsync(
                        item.Agency.Code, item.Period, item.Due, address, workspace.Time.GetUtcNow(), token => connected.SendAsync(message, token), cancellationToken);
                    results.Add(new(item, address, recorded ? ReminderOutcome.Sent : ReminderOutcome.AlreadySent));
                }
                catch (Exception e) when (IsMailFailure(e))
                {
                    results.Add(new(item, address, ReminderOutcome.Failed, e.Message));
                    if (!client.IsConnected)
                    {
                        client.Dispose();
                        client = null;
                    }
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }

                client.Dispose();
            }
        }

        return results;
    }

    private static bool IsMailFailure(Exception e) =>
        e is CommandException or ProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or SslHandshakeException or ParseException or TimeoutException;

    private MimeMessage Message(DueSubmission owed, string address, SmtpSettings smtp)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(owed.Agency.Name, address));
        message.Subject = ReminderText.Subject(owed);
        message.Date = workspace.Clock.Now;
        message.Body = new TextPart("plain") { Text = ReminderText.Body(owed, workspace.Agencies.Province) };
        return message;
    }

    private static async Task<SmtpClient> ConnectAsync(SmtpSettings smtp, CancellationToken cancellationToken)
    {
        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (smtp.UserName is not null)
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
