namespace Reporting.Core.Catalog;

/// <summary>The language forms and reports are written in; Vietnamese by default.</summary>
public enum Language
{
    Vietnamese,
    English,
}
