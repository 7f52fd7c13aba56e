namespace Reporting.Core.Aggregation;

/// <summary>Lists read one after the other as one, without copying them.</summary>
internal sealed class ConcatenatedList<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T>[] parts;

    private ConcatenatedList(IReadOnlyList<T>[] parts)
    {
        this.parts = parts;
        Count = parts.Sum(p => p.Count);
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            foreach (var part in parts)
            {
                if (index < part.Count)
                {
                    return part[index];
                }

                index -= part.Count;
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary>The parts as one list; the only non-empty part itself, or an empty list, when there is nothing to join.</summary>
    public static IReadOnlyList<T> Of(IEnumerable<IReadOnlyList<T>> lists)
    {
        var nonEmpty = lists.Where(l => l.Count > 0).ToArray();
        return nonEmpty.Length switch
        {
            0 => [],
            1 => nonEmpty[0],
            _ => new ConcatenatedList<T>(nonEmpty),
        };
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var part in parts)
        {
            foreach (var item in part)
            {
                yield return item;
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
