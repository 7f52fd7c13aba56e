using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reporting.Testing;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 (a free port), started by the test that needs it: it answers EHLO/HELO, MAIL,
/// RCPT, DATA, RSET, NOOP and QUIT, offers no TLS and no login, and records every message with its envelope.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<ReceivedMail> received = [];
    private readonly Task accepting;

    public LoopbackSmtpServer()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public string Host => "127.0.0.1";

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Refuse every RCPT with a 550 (a server that will not deliver).</summary>
    public bool RefuseRecipients { get; set; }

    /// <summary>The messages accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedMail> Messages
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), false, 1024, leaveOpen: true);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost loopback test SMTP");
        string? from = null;
        var to = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250 SMTPUTF8");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        (from, to) = (Address(line), []);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT" when RefuseRecipients:
                        await writer.WriteLineAsync("550 mailbox unavailable");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(stopping.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        lock (received)
                        {
                            received.Add(new ReceivedMail(from ?? string.Empty, [.. to], data.ToString()));
                        }

                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "RSET":
                        (from, to) = (null, []);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away, or the test ended.
        }
    }

    /// <summary>The address inside "MAIL FROM:&lt;a@b&gt; SIZE=..." or "RCPT TO:&lt;a@b&gt;".</summary>
    private static string Address(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? line[(open + 1)..close] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
