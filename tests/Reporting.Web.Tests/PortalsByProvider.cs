using Reporting.Testing;

namespace Reporting.Web.Tests;

/// <summary>
/// One portal per storage provider, shared by a test class's cases (as a class fixture) and made on first use, so a
/// <see cref="ProviderTheoryAttribute"/> runs the same assertions on SQLite and on PostgreSQL.
/// </summary>
public sealed class PortalsByProvider(Func<StorageProvider, PortalFactory> make) : IDisposable
{
    private readonly Dictionary<StorageProvider, PortalFactory> portals = [];

    /// <summary>Portals over the repository's templates on the system's clock.</summary>
    public PortalsByProvider()
        : this(provider => new PortalFactory(provider))
    {
    }

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
