using Microsoft.Extensions.Hosting;
using Reporting.Web;

namespace Reporting.Cli.Commands;

/// <summary>Starts the web portal over the same database.</summary>
internal sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Summary => "Start the web portal (http://localhost:5080) over the database";

    public string Help => $"""
        reporting serve [--urls URL] [--demo] [--demo-password PASSWORD]

        Serves the portal on {PortalApp.DefaultUrl} (or --urls) until Ctrl+C.
        --demo creates one account per role for the sample province and prints them; their password is
        --demo-password, else the Portal__DemoPassword environment variable, else a generated one.
        Without --demo, the first visitor creates the admin account.
        """;

    public IReadOnlyList<string> Options => ["urls", "demo", "demo-password"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        var args = new List<string> { $"--{PortalOptions.Section}:Database={line.Database}" };
        if (line.Templates is { } templates)
        {
            args.Add($"--{PortalOptions.Section}:Templates={templates}");
        }

        if (line.Has("demo"))
        {
            args.Add($"--{PortalOptions.Section}:DemoAccounts=true");
        }

        if (line.Option("demo-password") is { } password)
        {
            args.Add($"--{PortalOptions.Section}:DemoPassword={password}");
        }

        if (line.Option("urls") is { } urls)
        {
            args.Add($"--urls={urls}");
        }

        await using var app = PortalApp.Build([.. args]);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
