using Reporting.Core.Agencies;
using Reporting.Core.Catalog;

namespace Reporting.Core.Tests;

/// <summary>The report document's issuer comes from the agency list's "province" object, each setting with a default.</summary>
public sealed class DocumentIssuerTests
{
    private const string Groups = """
        "groups": [ { "code": "department", "nameVi": "Sở", "nameEn": "Departments" } ],
        "agencies": [ { "code": "A", "name": "Sở A", "group": "department", "frequency": "monthly" } ] }
        """;

    [Fact]
    public void Read_ProvinceWithoutDocumentSettings_GetsDefaultsFromItsNames()
    {
        var directory = AgencyListReader.Read("""{ "province": { "code": "P", "nameVi": "Tỉnh Hà Giang", "nameEn": "Ha Giang Province" },""" + Groups, TestData.TestCatalog);

        var issuer = directory.Province.Issuer;

        Assert.Equal("UBND TỈNH HÀ GIANG", issuer.ParentAgency(Language.Vietnamese));
        Assert.Equal("HA GIANG PROVINCE PEOPLE'S COMMITTEE", issuer.ParentAgency(Language.English));
        Assert.Equal("SỞ KHOA HỌC VÀ CÔNG NGHỆ", issuer.Agency(Language.Vietnamese));
        Assert.Equal("Hà Giang", issuer.Place(Language.Vietnamese));
        Assert.Equal("Ha Giang", issuer.Place(Language.English));
        Assert.Equal("BC-SKHCN", issuer.NumberSymbol);
        Assert.Equal("GIÁM ĐỐC", issuer.SignerTitle(Language.Vietnamese));
        Assert.Equal(string.Empty, issuer.SignerName);
        Assert.Equal("Lưu: VT.", issuer.Recipients(Language.Vietnamese)[^1]);
    }

    [Fact]
    public void Read_ProvinceWithDocumentSettings_UsesThem_AndEnglishFallsBackToTheConfiguredVietnamese()
    {
        const string province = """
            { "province": { "code": "P", "nameVi": "Tỉnh Hà Giang", "nameEn": "Ha Giang Province",
                "parentAgency": "UBND TỈNH HÀ GIANG", "issuingAgency": "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "issuingAgencyEn": "DEPARTMENT OF INFORMATION AND COMMUNICATIONS", "place": "Hà Giang",
                "numberSymbol": "BC-STTTT", "signerTitle": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "signerName": "Nguyễn Văn An",
                "recipients": ["UBND tỉnh;", "Lưu: VT."] },
            """;

        var issuer = AgencyListReader.Read(province + Groups, TestData.TestCatalog).Province.Issuer;

        Assert.Equal("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", issuer.Agency(Language.Vietnamese));
        Assert.Equal("DEPARTMENT OF INFORMATION AND COMMUNICATIONS", issuer.Agency(Language.English));
        Assert.Equal("BC-STTTT", issuer.NumberSymbol);
        Assert.Equal("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", issuer.SignerTitle(Language.Vietnamese));
        Assert.Equal("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", issuer.SignerTitle(Language.English));
        Assert.Equal("Nguyễn Văn An", issuer.SignerName);
        Assert.Equal(["UBND tỉnh;", "Lưu: VT."], issuer.Recipients(Language.Vietnamese));
        Assert.Equal(["UBND tỉnh;", "Lưu: VT."], issuer.Recipients(Language.English));
        Assert.Equal("Hà Giang", issuer.Place(Language.English));
    }

    [Fact]
    public void RepoAgencyList_NamesTheDepartmentOfScienceAndTechnologyOfLamSon()
    {
        var issuer = RepoTemplates.Directory.Province.Issuer;

        Assert.Equal("UBND TỈNH LAM SƠN", issuer.ParentAgency(Language.Vietnamese));
        Assert.Equal("SỞ KHOA HỌC VÀ CÔNG NGHỆ", issuer.Agency(Language.Vietnamese));
        Assert.Equal("Lam Sơn", issuer.Place(Language.Vietnamese));
        Assert.Equal("BC-SKHCN", issuer.NumberSymbol);
    }
}
