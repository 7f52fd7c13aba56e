using System.Globalization;
using Reporting.Core.Catalog;

namespace Reporting.Core.Agencies;

/// <summary>
/// Who issues the province's report document and how it is addressed (Decree 30/2020/NĐ-CP): the issuing agency under
/// its parent, the place written before the date, the number's symbol ("Số: …/BC-SKHCN"), the signer, and the
/// recipients under "Nơi nhận:". Configuration in the agency list's "province" object, so it travels with the database;
/// what is left out there gets <see cref="For(Province)"/>'s defaults.
/// </summary>
/// <param name="SignerName">Empty leaves the space under the signature for the name to be typed.</param>
public sealed record DocumentIssuer(
    string ParentAgencyVi,
    string ParentAgencyEn,
    string AgencyVi,
    string AgencyEn,
    string PlaceVi,
    string PlaceEn,
    string NumberSymbol,
    string SignerTitleVi,
    string SignerTitleEn,
    string SignerName,
    IReadOnlyList<string> RecipientsVi,
    IReadOnlyList<string> RecipientsEn)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The defaults for a province: its People's Committee over the Department of Science and Technology.</summary>
    public static DocumentIssuer For(Province province) => new(
        "UBND " + province.NameVi.ToUpper(Vietnamese),
        province.NameEn.ToUpperInvariant() + " PEOPLE'S COMMITTEE",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "DEPARTMENT OF SCIENCE AND TECHNOLOGY",
        WithoutPrefix(province.NameVi, "Tỉnh ", "Thành phố "),
        WithoutSuffix(province.NameEn, " Province", " City"),
        "BC-SKHCN",
        "GIÁM ĐỐC",
        "DIRECTOR",
        string.Empty,
        ["UBND tỉnh (để báo cáo);", "Bộ Khoa học và Công nghệ (để báo cáo);", "Lưu: VT."],
        ["Provincial People's Committee (for reporting);", "Ministry of Science and Technology (for reporting);", "Archived: Records office."]);

    public string ParentAgency(Language language) => language == Language.English ? ParentAgencyEn : ParentAgencyVi;

    public string Agency(Language language) => language == Language.English ? AgencyEn : AgencyVi;

    public string Place(Language language) => language == Language.English ? PlaceEn : PlaceVi;

    public string SignerTitle(Language language) => language == Language.English ? SignerTitleEn : SignerTitleVi;

    public IReadOnlyList<string> Recipients(Language language) => language == Language.English ? RecipientsEn : RecipientsVi;

    private static string WithoutPrefix(string name, params string[] prefixes) =>
        prefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix ? name[prefix.Length..] : name;

    private static string WithoutSuffix(string name, params string[] suffixes) =>
        suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) is { } suffix ? name[..^suffix.Length] : name;
}
