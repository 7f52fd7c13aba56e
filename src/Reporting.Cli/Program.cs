using Reporting.Cli;
using Reporting.Cli.Commands;

var terminal = Terminal.ForConsole();
return await CliApp.RunAsync(args, terminal, CancellationToken.None);
