namespace Reporting.Core.Catalog;

/// <summary>A heading indicators are grouped under in forms and reports.</summary>
public sealed record IndicatorGroup(string Code, string NameVi, string NameEn)
{
    public string Name(Language language) => language == Language.English ? NameEn : NameVi;
}
