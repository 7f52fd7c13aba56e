using System.Globalization;
using Reporting.Core.Periods;

namespace Reporting.SampleGenerator;

/// <summary>
/// When each sample file "arrived", as a province sees it: most agencies send on time (the last few working days before
/// the deadline), about one file in eight comes one to four days late, and about one in forty weeks late. Repeatable:
/// the same agency and period always get the same moment, and no figure depends on it.
/// </summary>
internal sealed class SampleReceipts(PeriodCalendar calendar)
{
    /// <summary>The moment (the province's clock, minutes) the file for <paramref name="agency"/> and <paramref name="period"/> was sent.</summary>
    public DateTime SentAt(string agency, PeriodId period, int version = 1)
    {
        var due = calendar.Due(period);
        var roll = Noise(agency, period, 1) % 1000;
        DateOnly day;
        if (version > 1)
        {
            // A correction: three to six weeks after the deadline.
            day = due.AddDays(21 + (Noise(agency, period, 2) % 22));
        }
        else if (roll < 25)
        {
            day = due.AddDays(10 + (Noise(agency, period, 3) % 35));
        }
        else if (roll < 150)
        {
            day = due.AddDays(1 + (Noise(agency, period, 4) % 4));
        }
        else
        {
            // On time: the deadline or up to four working days before it, never before the period ended.
            day = due;
            for (var back = Noise(agency, period, 5) % 5; back > 0 && day.AddDays(-1) > calendar.End(period); back--)
            {
                day = day.AddDays(-1);
                while (!calendar.IsWorkingDay(day) && day.AddDays(-1) > calendar.End(period))
                {
                    day = day.AddDays(-1);
                }
            }

            // Sent on a working day: a run back through a holiday ends on the first working day after it.
            while (!calendar.IsWorkingDay(day) && day < due)
            {
                day = day.AddDays(1);
            }
        }

        var minutes = (7 * 60) + 30 + (Noise(agency, period, 6) % (9 * 60 + 30));
        return day.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes)));
    }

    /// <summary>The manifest's received_at: the Vietnamese way, 05/07/2026 14:30.</summary>
    public static string Text(DateTime sent) => sent.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static int Noise(string agency, PeriodId period, int salt)
    {
        var hash = 2166136261u;
        foreach (var c in $"{agency}|{period}|{salt}")
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        hash ^= hash >> 13;
        return (int)(hash % 100_000);
    }
}
