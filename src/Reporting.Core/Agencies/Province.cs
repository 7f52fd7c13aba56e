using Reporting.Core.Catalog;

namespace Reporting.Core.Agencies;

/// <summary>The province whose agencies report.</summary>
public sealed record Province(string Code, string NameVi, string NameEn)
{
    private readonly DocumentIssuer? issuer;

    /// <summary>Who issues its report document; the defaults of <see cref="DocumentIssuer.For(Province)"/> unless configured.</summary>
    public DocumentIssuer Issuer
    {
        get => issuer ?? DocumentIssuer.For(this);
        init => issuer = value;
    }

    public string Name(Language language) => language == Language.English ? NameEn : NameVi;
}
