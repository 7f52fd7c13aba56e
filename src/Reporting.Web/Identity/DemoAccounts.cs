using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Reporting.Core.Agencies;

namespace Reporting.Web.Identity;

/// <summary>One account per role for trying the portal on the sample province; created only when configured.</summary>
public sealed class DemoAccounts(UserManager<PortalUser> users)
{
    /// <summary>A demo account as printed on start.</summary>
    public sealed record Account(string UserName, string Role, IReadOnlyList<string> Agencies);

    /// <summary>Creates the accounts that do not exist yet (existing ones keep their password) and lists them all.</summary>
    public async Task<IReadOnlyList<Account>> EnsureAsync(AgencyDirectory agencies, string password)
    {
        var accounts = Plan(agencies);
        foreach (var account in accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var user = new PortalUser { UserName = account.UserName, DisplayName = account.UserName };
            Check(await users.CreateAsync(user, password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            foreach (var code in account.Agencies)
            {
                Check(await users.AddClaimAsync(user, new Claim(PortalClaims.Agency, code)), account.UserName);
            }
        }

        return accounts;
    }

    /// <summary>A random password for a run where none is configured (printed once, never stored in plain text).</summary>
    public static string RandomPassword() => "Demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Admin, analyst and leader, and a submitter for the first agency of each group still reporting.</summary>
    private static List<Account> Plan(AgencyDirectory agencies)
    {
        var accounts = new List<Account>
        {
            new("admin", PortalRoles.Admin, []),
            new("analyst", PortalRoles.Analyst, []),
            new("leader", PortalRoles.Leader, []),
        };
        foreach (var group in agencies.Groups)
        {
            var agency = agencies.Agencies.FirstOrDefault(a => a.Group == group.Code && a.ActiveUntil is null && a.Frequency == ReportingFrequency.Monthly);
            if (agency is not null)
            {
                accounts.Add(new("submitter." + agency.Code.ToLowerInvariant(), PortalRoles.Submitter, [agency.Code]));
            }
        }

        return accounts;
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
