namespace Reporting.Testing;

/// <summary>A message <see cref="LoopbackSmtpServer"/> accepted: its envelope and its text as sent (headers and MIME body).</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);
