using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reporting.Data.Opening;
using Reporting.Web.Identity;
using Reporting.Workflows;

namespace Reporting.Web;

/// <summary>
/// Before the portal answers: opens the reporting database (its upgrade, when one is pending, runs as it is resolved),
/// upgrades its user tables, creates the roles, and the demo
/// accounts when configured (printing them); otherwise the first visitor is asked to create the admin (/Setup).
/// </summary>
internal sealed class PortalStartup(IServiceProvider services, ReportingDatabase database, IOptions<PortalOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var reporting = database;
        await using var scope = services.CreateAsyncScope();
        await DatabaseSchema.UpgradeAsync(scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>(), database.Settings, Console.Out.WriteLine, cancellationToken);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var portal = options.Value;
        Console.Out.WriteLine($"Reporting portal over {DatabaseLocation.NameOf(portal.Database)}");
        if (!portal.DemoAccounts)
        {
            return;
        }

        var password = string.IsNullOrEmpty(portal.DemoPassword) ? DemoAccounts.RandomPassword() : portal.DemoPassword;
        var accounts = await new DemoAccounts(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>()).EnsureAsync(reporting.Catalog.Agencies, password);
        Console.Out.WriteLine("Demo accounts (sample data only; accounts created earlier keep their password):");
        foreach (var account in accounts)
        {
            Console.Out.WriteLine($"  {account.Role,-10} {account.UserName,-26} {string.Join(", ", account.Agencies)}");
        }

        Console.Out.WriteLine($"  password: {password}{(string.IsNullOrEmpty(portal.DemoPassword) ? " (generated; set Portal:DemoPassword to choose one)" : string.Empty)}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
