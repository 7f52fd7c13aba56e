using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;

namespace Reporting.SampleGenerator;

/// <summary>
/// The sample province from January 2025 to June 2026: every owed workbook, filled, but for a few agencies
/// that never sent some periods, and one late correction (VNPT's March 2026, sent again with revenue fixed). A manifest
/// (manifest.csv: file,received_at) says when each file was sent (<see cref="SampleReceipts"/>), for the import.
/// </summary>
internal sealed class ProvinceSamples(IndicatorCatalog catalog, AgencyDirectory directory, PeriodCalendar calendar)
{
    public static readonly YearMonth From = new(2025, 1);
    public static readonly YearMonth To = new(2026, 6);

    /// <summary>Agency and period pairs that were never submitted.</summary>
    public static readonly (string Agency, string Period)[] NeverSent =
    [
        ("SYT", "2026-05"), ("SYT", "2026-06"), ("STP", "2026-Q2"), ("JTEXPRESS", "2026-06"), ("C0007", "2025-03"), ("C0012", "2025-Q2"),
    ];

    public const string CorrectedAgency = "VNPT";
    public const string CorrectedPeriod = "2026-03";

    /// <summary>VNPT's first March 2026 revenue was a 20% high estimate, replaced later by the final figure.</summary>
    public const decimal WrongRevenueFactor = 1.2m;

    public int Write(string folder)
    {
        var writer = new SubmissionTemplateWriter(catalog);
        var province = new SyntheticProvince(catalog, directory);
        var receipts = new SampleReceipts(calendar);
        var manifest = new List<string> { "file,received_at" };
        void Listed(string agency, PeriodId period, string file, int version = 1) =>
            manifest.Add($"{period}/{file},{SampleReceipts.Text(receipts.SentAt(agency, period, version))}");
        var count = 0;
        foreach (var submission in province.Submissions(From, To))
        {
            var agency = submission.Agency.Code;
            var period = submission.Period.ToString();
            if (NeverSent.Contains((agency, period)) || directory.Find(agency) is null)
            {
                continue;
            }

            var dir = Path.Combine(folder, period);
            Directory.CreateDirectory(dir);
            if (agency == CorrectedAgency && period == CorrectedPeriod)
            {
                var wrong = submission.Values.ToDictionary(v => v.Key, v => v.Key == "TEL.REVENUE" ? Math.Round(v.Value!.Value * WrongRevenueFactor) : v.Value, StringComparer.Ordinal);
                Write(writer, submission.Agency, submission.Period, wrong, Path.Combine(dir, $"{agency}_{period}.xlsx"));
                Write(writer, submission.Agency, submission.Period, submission.Values, Path.Combine(dir, $"{agency}_{period}_v2.xlsx"));
                Listed(agency, submission.Period, $"{agency}_{period}.xlsx");
                Listed(agency, submission.Period, $"{agency}_{period}_v2.xlsx", version: 2);
                count += 2;
                continue;
            }

            Write(writer, submission.Agency, submission.Period, submission.Values, Path.Combine(dir, $"{agency}_{period}.xlsx"));
            Listed(agency, submission.Period, $"{agency}_{period}.xlsx");
            count++;
        }

        File.WriteAllLines(Path.Combine(folder, "manifest.csv"), manifest);

        return count;
    }

    private static void Write(SubmissionTemplateWriter writer, Agency agency, PeriodId period, IReadOnlyDictionary<string, decimal?> values, string path)
    {
        using var stream = File.Create(path);
        writer.Write(agency, period, Language.Vietnamese, stream, values);
    }
}
