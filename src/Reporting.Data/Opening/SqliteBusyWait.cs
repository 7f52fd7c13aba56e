using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Reporting.Data.Opening;

/// <summary>
/// What a connection does while another process holds the write lock: SQLite calls this handler until it says stop.
/// It tells the wait once, then gives up after the bounded time, and the statement fails with SQLITE_BUSY (which
/// <see cref="StorageFailure"/> words). SQLitePCLRaw does not wrap <c>sqlite3_busy_handler</c>, so it is called directly
/// in the SQLite library the provider loaded.
/// </summary>
internal sealed class SqliteBusyWait
{
    /// <summary>Keeps each connection's handler alive as long as the connection: SQLite holds only a pointer to it.</summary>
    private static readonly ConditionalWeakTable<SqliteConnection, SqliteBusyWait> Installed = [];

    private readonly DatabaseSettings settings;
    private readonly BusyHandler handler;
    private long started;

    private SqliteBusyWait(DatabaseSettings settings)
    {
        this.settings = settings;
        handler = OnBusy;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr state, int count);

    public static void Install(SqliteConnection connection, DatabaseSettings settings)
    {
        var wait = new SqliteBusyWait(settings);
        var result = NativeMethods.sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), wait.handler, IntPtr.Zero);
        if (result != SQLitePCL.raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"sqlite3_busy_handler returned {result}");
        }

        Installed.AddOrUpdate(connection, wait);
    }

    private int OnBusy(IntPtr state, int count)
    {
        var timeout = settings.BusyTimeoutOrDefault;
        if (count == 0)
        {
            started = Stopwatch.GetTimestamp();
            settings.OnWaiting?.Invoke(WaitingMessage.ForWrite(settings));
        }

        if (Stopwatch.GetElapsedTime(started) >= timeout)
        {
            return 0;
        }

        Thread.Sleep(count < 10 ? 5 : 50);
        return 1;
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_busy_handler(IntPtr db, BusyHandler handler, IntPtr state);
    }
}
