namespace Reporting.Core.Periods;

/// <summary>
/// Days off the government announced for a public holiday (templates/calendar.json's "holidays"): one day, or
/// <paramref name="Date"/> to <paramref name="To"/> inclusive (Tết's days off, a holiday with the day off in lieu).
/// </summary>
/// <param name="Date">The first day off.</param>
/// <param name="To">The last day off, when more than one.</param>
/// <param name="Name">What the holiday is ("Tết Nguyên đán", "Quốc khánh 2/9").</param>
public sealed record PublicHoliday(DateOnly Date, DateOnly? To = null, string? Name = null)
{
    public DateOnly LastDay => To ?? Date;

    public bool Covers(DateOnly day) => day >= Date && day <= LastDay;
}
