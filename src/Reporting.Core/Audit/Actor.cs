namespace Reporting.Core.Audit;

/// <summary>
/// Who does something and from where, as the audit log records it: a portal user and their IP address, or
/// <c>cli:</c> and the operating-system user with the host name. Built by the host, which alone knows them.
/// </summary>
public sealed record Actor
{
    public Actor(string name, string origin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Length > 256 ? name[..256] : name;
        Origin = string.IsNullOrWhiteSpace(origin) ? "unknown" : origin.Length > 256 ? origin[..256] : origin;
    }

    /// <summary>The portal user's name, or <c>cli:</c> and the operating-system user.</summary>
    public string Name { get; }

    /// <summary>The portal user's IP address, or the command line's host name.</summary>
    public string Origin { get; }

    /// <summary>The command line run by <paramref name="osUser"/> on <paramref name="host"/>.</summary>
    public static Actor CommandLine(string osUser, string host) => new("cli:" + (string.IsNullOrWhiteSpace(osUser) ? "unknown" : osUser), host);

    public override string ToString() => $"{Name} ({Origin})";
}
