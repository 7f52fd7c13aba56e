using Reporting.Testing;

namespace Reporting.Web.Tests;

/// <summary>
/// One portal per storage provider, shared by a test class's cases (as a class fixture) and made on first use, so a
/// <see cref="ProviderTheoryAttribute"/> runs the same assertions on SQLite and on PostgreSQL.
/// </summary>
public sealed class PortalsByProvider : IDisposable
{
    private readonly Dictionary<StorageProvider, PortalFactory> portals = [];
    private readonly Func<StorageProvider, PortalFactory> make;

    /// <summary>Portals over the repository's templates on the system's clock (xunit makes a class fixture by its one public constructor).</summary>
    public PortalsByProvider()
        : this(provider => new PortalFactory(provider))
    {
    }

    /// <summary>Portals made by <paramref name="make"/> (other templates, a fixed clock), for fixtures that hold one.</summary>
    internal PortalsByProvider(Func<StorageProvider, PortalFactory> make) => this.make = make;

    public PortalFactory this[StorageProvider provider]
    {
        get
        {
            lock (portals)
            {
                if (!portals.TryGetValue(provider, out var portal))
                {
                    portal = make(provider);
                    portals.Add(provider, portal);
                }

                return portal;
            }
        }
    }

    public void Dispose()
    {
        foreach (var portal in portals.Values)
        {
            portal.Dispose();
        }
    }
}
