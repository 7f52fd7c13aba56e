using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>
/// Tells a wait for another session's lock on PostgreSQL, once per transaction, in the words <see cref="SqliteBusyWait"/>
/// uses on SQLite. The server bounds the wait (lock_timeout, see <see cref="PostgresConnections"/>) but says nothing while
/// it lasts, and the waiting connection is busy with its statement; so while a transaction is open a timer asks
/// pg_stat_activity, on a pooled connection of its own, whether the transaction's session is waiting for a lock.
/// One per context, which runs one transaction at a time.
/// </summary>
internal sealed class PostgresLockWaitNotice(DatabaseSettings settings) : DbTransactionInterceptor
{
    /// <summary>Most transactions are over sooner, and so cost a timer and never a query.</summary>
    private static readonly TimeSpan FirstCheck = TimeSpan.FromMilliseconds(700);

    private static readonly TimeSpan NextCheck = TimeSpan.FromSeconds(1);

    private Watch? watch;

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Start(connection, eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Start(connection, eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Stop();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Stop();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop();
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Stop();

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop();
        return Task.CompletedTask;
    }

    private void Start(DbConnection connection, TransactionEndEventData eventData)
    {
        if (connection is not NpgsqlConnection { State: ConnectionState.Open } npgsql || eventData.Context is null)
        {
            return;
        }

        int processId;
        try
        {
            processId = npgsql.ProcessID;
        }
        catch (InvalidOperationException)
        {
            // No session to ask about (the connection is going away): nothing to watch, and nothing to pass to the writer.
            return;
        }

        // Resolved here, on the writer's thread; the timer only reads which transaction is current.
        var transactions = eventData.Context.GetService<IRelationalConnection>();
        Interlocked.Exchange(ref watch, new Watch(settings, npgsql, processId, transactions, eventData.TransactionId))?.Dispose();
    }

    private void Stop() => Interlocked.Exchange(ref watch, null)?.Dispose();

    /// <summary>One transaction's watch: a check on a timer until it has told the wait or the transaction is over.</summary>
    private sealed class Watch : IDisposable
    {
        private readonly DatabaseSettings settings;
        private readonly NpgsqlConnection connection;
        private readonly int processId;
        private readonly IRelationalConnection transactions;
        private readonly Guid transactionId;
        private readonly Lock gate = new();
        private readonly ITimer timer;
        private bool stopped;

        public Watch(DatabaseSettings settings, NpgsqlConnection connection, int processId, IRelationalConnection transactions, Guid transactionId)
        {
            this.settings = settings;
            this.connection = connection;
            this.processId = processId;
            this.transactions = transactions;
            this.transactionId = transactionId;

            // One shot, armed again after each check, so a slow check never overlaps the next.
            timer = TimeProvider.System.CreateTimer(_ => _ = CheckAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            timer.Change(FirstCheck, Timeout.InfiniteTimeSpan);
        }

        public void Dispose() => TryStop();

        /// <summary>Stops the watch; true for the one call that did (so a wait is told once, and never after the end).</summary>
        private bool TryStop()
        {
            lock (gate)
            {
                if (stopped)
                {
                    return false;
                }

                stopped = true;
                timer.Dispose();
                return true;
            }
        }

        private async Task CheckAsync()
        {
            try
            {
                // Commit and rollback stop the watch; a transaction disposed without either (after a failed statement,
                // say) is no longer its connection's current one, and a closed connection has none.
                if (connection.State != ConnectionState.Open || transactions.CurrentTransaction?.TransactionId != transactionId)
                {
                    Dispose();
                    return;
                }

                if (await WaitsForLockAsync())
                {
                    if (TryStop())
                    {
                        settings.OnWaiting?.Invoke(WaitingMessage.ForWrite(settings));
                    }

                    return;
                }
            }
            catch (Exception)
            {
                // Telling is a courtesy: a check that fails (the server or the pool busy, the database going away) is
                // let go, never passed to the writer, whose own statement reports whatever matters.
            }

            lock (gate)
            {
                if (!stopped)
                {
                    timer.Change(NextCheck, Timeout.InfiniteTimeSpan);
                }
            }
        }

        private async Task<bool> WaitsForLockAsync()
        {
            await using var check = await PostgresConnections.OpenAsync(settings, CancellationToken.None);
            await using var command = new NpgsqlCommand("SELECT wait_event_type FROM pg_stat_activity WHERE pid = @pid", check);
            command.Parameters.AddWithValue("pid", processId);
            return await command.ExecuteScalarAsync() is "Lock";
        }
    }
}
