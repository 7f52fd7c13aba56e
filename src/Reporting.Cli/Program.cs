using System.Runtime.InteropServices;
using Reporting.Cli;

// A command lives a second or two, resolving each of EF Core's services a few times: compiling resolvers for them (IL
// emitted, then JIT-compiled on a busy core) cost a `reporting summary` that finds nothing kept 100-300 ms more than it
// saved. The portal, long-lived, keeps them.
if (args is not ["serve", ..])
{
    AppContext.SetSwitch("Microsoft.Extensions.DependencyInjection.DisableDynamicEngine", true);
}

var terminal = Terminal.ForConsole();

// Ctrl+C, a closed terminal or a polite kill cancel the command's token: long work stops cleanly (the file being stored
// is rolled back, the files stored before it are named). A second Ctrl+C stops at once; the database stays whole
// either way (each file is one transaction).
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
};
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await CliApp.RunAsync(args, terminal, interrupted.Token);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    interrupted.Cancel();
}
