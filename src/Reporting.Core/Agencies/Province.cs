using Reporting.Core.Catalog;

namespace Reporting.Core.Agencies;

/// <summary>The province whose agencies report.</summary>
public sealed record Province(string Code, string NameVi, string NameEn)
{
    public string Name(Language language) => language == Language.English ? NameEn : NameVi;
}
