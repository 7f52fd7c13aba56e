namespace Reporting.Data;

/// <summary>
/// A place in line for stores running at once (an import's lanes): each waits for the store begun before it to have
/// inserted its version, or to have stored nothing, before it starts, so versions get their ids in the order the files
/// were begun, as when they are stored one at a time, and the same files give the same ids on either provider. Nothing
/// is held in the database while a store waits for its turn, so it cannot wait on a store that waits on it.
/// </summary>
public sealed class StoreTurn
{
    private readonly Task previous;
    private readonly TaskCompletionSource passed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StoreTurn(Task previous) => this.previous = previous;

    /// <summary>The first in a line.</summary>
    public static StoreTurn First() => new(Task.CompletedTask);

    /// <summary>The turn after this one.</summary>
    public StoreTurn Next() => new(passed.Task);

    /// <summary>Until the store before has passed its turn.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => previous.WaitAsync(cancellationToken);

    /// <summary>The version is inserted, or nothing will be: the next store may go on. Passing twice does nothing.</summary>
    public void Pass() => passed.TrySetResult();
}
