using System.Globalization;

namespace Reporting.Data;

/// <summary>
/// A reported figure as the database holds it: whole millionths in a 64-bit integer (exact, summable in SQL, the same
/// on SQLite and PostgreSQL). Every reader and writer converts through here. A figure with more than six decimals is
/// rounded to the nearest millionth, halves away from zero (<see cref="MidpointRounding.AwayFromZero"/>, as a person
/// rounds and as Excel's ROUND does), never truncated; one beyond ±9,223,372,036,854.775807 is refused.
/// </summary>
public readonly record struct StoredFigure(long Millionths)
{
    /// <summary>Millionths per unit.</summary>
    public const long PerUnit = 1_000_000;

    private const decimal Scale = PerUnit;

    /// <summary>The largest figure that can be stored.</summary>
    public static decimal MaxValue => long.MaxValue / Scale;

    /// <summary>The figure as a decimal; whole numbers (most counts) skip the decimal division, which dominates large reads.</summary>
    public decimal Value => Millionths % PerUnit == 0 ? Millionths / PerUnit : Millionths / Scale;

    /// <summary>The stored form of <paramref name="value"/>, rounded to the nearest millionth.</summary>
    /// <exception cref="OverflowException">The figure is beyond what can be stored (the message names it).</exception>
    public static StoredFigure Of(decimal value) => new(ToMillionths(value));

    /// <inheritdoc cref="Of"/>
    public static long ToMillionths(decimal value)
    {
        if (Math.Abs(value) > MaxValue)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The figure {value} cannot be stored: stored figures lie within ±{MaxValue} (six decimals)."));
        }

        var rounded = decimal.Round(value, 6, MidpointRounding.AwayFromZero);
        return decimal.ToInt64(rounded * Scale);
    }

    /// <summary>A stored value read back.</summary>
    public static decimal FromMillionths(long millionths) => new StoredFigure(millionths).Value;

    /// <summary>A nullable stored value read back (an empty cell stays empty).</summary>
    public static decimal? FromMillionths(long? millionths) => millionths is { } m ? FromMillionths(m) : null;

    /// <inheritdoc cref="ToMillionths(decimal)"/>
    public static long? ToMillionths(decimal? value) => value is { } v ? ToMillionths(v) : null;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
