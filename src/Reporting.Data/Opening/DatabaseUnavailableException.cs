namespace Reporting.Data.Opening;

/// <summary>
/// The database cannot be used as asked: missing, made by an older or newer release, read-only, kept busy by another
/// process, or out of disk space. The message says what to do; hosts show it as it is.
/// </summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
