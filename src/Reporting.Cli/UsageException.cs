namespace Reporting.Cli;

/// <summary>Wrong arguments: printed with the command's help, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
