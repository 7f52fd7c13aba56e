using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reporting.Data;

/// <summary>
/// A command on a context's connection, in its transaction if one is open, for the statements every command or request
/// runs first (stamp, schema): compiling them as LINQ, or building EF's migration services for them, costs a cold
/// start more than the statements do.
/// </summary>
internal static class PlainSql
{
    /// <summary>Runs <paramref name="use"/> on a new command, opening the connection for it (and closing it after) when closed.</summary>
    public static async Task<T> RunAsync<T>(DatabaseFacade database, Func<DbCommand, Task<T>> use, CancellationToken cancellationToken)
    {
        var connection = database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            return await use(command);
        }
        finally
        {
            if (opened)
            {
                await database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Whether <paramref name="sql"/>, a <c>SELECT EXISTS (…)</c>, is true.</summary>
    public static Task<bool> ExistsAsync(DatabaseFacade database, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        RunAsync(database, async command =>
        {
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                AddParameter(command, name, value);
            }

            return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    public static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        command.Parameters.Add(parameter);
    }
}
