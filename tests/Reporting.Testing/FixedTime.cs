namespace Reporting.Testing;

/// <summary>
/// A clock stopped at one instant, on a server whose own time zone is <paramref name="serverZone"/> (by default one far
/// from the province's): whatever reads the server's zone instead of the province's shows the wrong day or hour.
/// </summary>
public sealed class FixedTime(DateTimeOffset now, TimeZoneInfo? serverZone = null) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone { get; } = serverZone ?? TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
