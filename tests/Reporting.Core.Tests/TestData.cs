using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Tests;

/// <summary>A small catalog and helpers to build agencies and values in code, independent of templates/.</summary>
internal static class TestData
{
    public const string Flow = "T.FLOW";
    public const string Stock = "T.STOCK";
    public const string Yes = "T.YES";
    public const string Sent = "T.SENT";
    public const string Signed = "T.SIGNED";
    public const string SignedRate = "T.SIGNED_RATE";
    public const string Total = "T.TOTAL";
    public const string Part1 = "T.P1";
    public const string Part2 = "T.P2";
    public const string Part3 = "T.P3";
    public const string Amount = "T.AMOUNT";
    public const string Percent = "T.PCT";

    public const string CatalogJson = """
        {
          // comments and trailing commas are allowed in the catalog
          "groups": [ { "code": "G", "nameVi": "Nhóm", "nameEn": "Group" } ],
          "indicators": [
            { "code": "T.FLOW", "nameVi": "Luồng", "nameEn": "Flow", "unitVi": "cái", "unitEn": "items", "group": "G",
              "kind": "count", "overTime": "flow", "overAgencies": "sum", "reportedBy": ["department", "commune"], "decimals": 0, "max": 1000,
              "targets": { "2026": 2000 } },
            { "code": "T.STOCK", "nameVi": "Tồn", "nameEn": "Stock", "unitVi": "cái", "unitEn": "items", "group": "G",
              "kind": "count", "overTime": "stock", "overAgencies": "sum", "reportedBy": ["department", "commune"], "decimals": 0, "max": 5000 },
            { "code": "T.YES", "nameVi": "Có kết nối", "nameEn": "Connected", "unitVi": "%", "unitEn": "%", "group": "G",
              "kind": "yesno", "overTime": "stock", "overAgencies": "shareYes", "reportedBy": ["department", "commune"], "max": 1 },
            { "code": "T.SENT", "nameVi": "Gửi", "nameEn": "Sent", "unitVi": "văn bản", "unitEn": "documents", "group": "G",
              "kind": "count", "overTime": "flow", "overAgencies": "sum", "reportedBy": ["department", "commune"], "max": 100000 },
            { "code": "T.SIGNED", "nameVi": "Ký số", "nameEn": "Signed", "unitVi": "văn bản", "unitEn": "documents", "group": "G",
              "kind": "count", "overTime": "flow", "overAgencies": "sum", "reportedBy": ["department", "commune"], "max": 100000, "partOf": "T.SENT" },
            { "code": "T.SIGNED_RATE", "nameVi": "Tỷ lệ ký số", "nameEn": "Signed rate", "unitVi": "%", "unitEn": "%", "group": "G",
              "kind": "rate", "overTime": "flow", "overAgencies": "none", "decimals": 2, "max": 100,
              "formula": "T.SIGNED / T.SENT * 100", "targets": { "2026": 90 } },
            { "code": "T.TOTAL", "nameVi": "Tổng", "nameEn": "Total", "unitVi": "thủ tục", "unitEn": "procedures", "group": "G",
              "kind": "count", "overTime": "stock", "overAgencies": "sum", "reportedBy": ["department", "commune"], "max": 3000,
              "sumOf": ["T.P1", "T.P2", "T.P3"] },
            { "code": "T.P1", "nameVi": "Phần 1", "nameEn": "Part 1", "unitVi": "thủ tục", "unitEn": "procedures", "group": "G",
              "kind": "count", "overTime": "stock", "overAgencies": "sum", "reportedBy": ["department", "commune"], "max": 3000, "partOf": "T.TOTAL" },
            { "code": "T.P2", "nameVi": "Phần 2", "nameEn": "Part 2", "unitVi": "thủ tục", "unitEn": "procedures", "group": "G",
              "kind": "count", "overTime": "stock", "overAgencies": "sum", "reportedBy": ["department", "commune"], "max": 3000, "partOf": "T.TOTAL" },
            { "code": "T.P3", "nameVi": "Phần 3", "nameEn": "Part 3", "unitVi": "thủ tục", "unitEn": "procedures", "group": "G",
              "kind": "count", "overTime": "stock", "overAgencies": "sum", "reportedBy": ["department", "commune"], "max": 3000, "partOf": "T.TOTAL" },
            { "code": "T.AMOUNT", "nameVi": "Doanh thu", "nameEn": "Revenue", "unitVi": "tỷ đồng", "unitEn": "billion VND", "group": "G",
              "kind": "amount", "overTime": "flow", "overAgencies": "sum", "reportedBy": ["department", "commune", "enterprise"], "decimals": 2, "max": 500 },
            { "code": "T.PCT", "nameVi": "Tỷ lệ nộp", "nameEn": "Submitted rate", "unitVi": "%", "unitEn": "%", "group": "G",
              "kind": "rate", "overTime": "stock", "overAgencies": "none", "reportedBy": ["department", "commune"], "decimals": 2, "max": 100 },
          ],
        }
        """;

    public static IndicatorCatalog TestCatalog { get; } = CatalogReader.Read(CatalogJson);

    /// <summary>Every submitted (non-derived) indicator of <see cref="TestCatalog"/>.</summary>
    public static IReadOnlyList<string> SubmittedCodes { get; } = TestCatalog.Indicators.Where(i => !i.IsDerived).Select(i => i.Code).ToList();

    public static Agency Agency(
        string code,
        string group = "department",
        ReportingFrequency frequency = ReportingFrequency.Monthly,
        string? from = null,
        string? until = null,
        string[]? replaces = null,
        string[]? indicators = null) => new()
        {
            Code = code,
            Name = "Đơn vị " + code,
            NameEn = "Agency " + code,
            Group = group,
            Frequency = frequency,
            Indicators = indicators ?? SubmittedCodes,
            ActiveFrom = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            ActiveUntil = until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
            Replaces = replaces ?? [],
        };

    public static AgencyDirectory DirectoryOf(params Agency[] agencies) => new(
        new Province("TP", "Tỉnh Thử", "Test Province"),
        [
            new AgencyGroup("department", "Sở, ngành", "Departments"),
            new AgencyGroup("commune", "Xã, phường", "Communes"),
            new AgencyGroup("enterprise", "Doanh nghiệp", "Enterprises"),
        ],
        agencies);

    public static ReportedValue Value(string agency, string indicator, string period, decimal value) =>
        new(1, agency, indicator, PeriodId.Parse(period), value);

    public static PeriodId P(string period) => PeriodId.Parse(period);

    public static string Month(int year, int month) => new YearMonth(year, month).ToString();

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
