using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Reporting.Web;

namespace Reporting.Cli.Commands;

/// <summary>Starts the web portal over the same database.</summary>
internal sealed class ServeCommand : ReportingCommand
{
    private readonly Option<string?> urlsOption = CliOptions.Text("--urls", "URL", "Where to listen (default http://localhost:5080)");
    private readonly Option<bool> demoOption = CliOptions.Flag("--demo", "Create one demo account per role and print them");
    private readonly Option<string?> demoPasswordOption = CliOptions.Text("--demo-password", "PASSWORD", "The demo accounts' password");

    public ServeCommand(CliContext context)
        : base(context, "serve", "Start the web portal (http://localhost:5080) over the database", $"""
            reporting serve [--urls URL] [--demo] [--demo-password PASSWORD]

            Serves the portal on {PortalApp.DefaultUrl} (or --urls) until Ctrl+C.
            --demo creates one account per role for the sample province and prints them; their password is
            --demo-password, else the Portal__DemoPassword environment variable, else a generated one.
            Without --demo, the first visitor creates the admin account.
            """)
    {
        Add(urlsOption);
        Add(demoOption);
        Add(demoPasswordOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var args = new List<string> { $"--{PortalOptions.Section}:Database={parse.GetValue(Context.Database)!}" };
        if (parse.GetValue(Context.Templates) is { } templates)
        {
            args.Add($"--{PortalOptions.Section}:Templates={templates}");
        }

        if (parse.GetValue(demoOption))
        {
            args.Add($"--{PortalOptions.Section}:DemoAccounts=true");
        }

        if (parse.GetValue(demoPasswordOption) is { } password)
        {
            args.Add($"--{PortalOptions.Section}:DemoPassword={password}");
        }

        if (parse.GetValue(urlsOption) is { } urls)
        {
            args.Add($"--urls={urls}");
        }

        await using var app = PortalApp.Build([.. args]);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
