namespace Reporting.Workflows.Templates;

/// <summary>Why an agency has no template for a period.</summary>
public enum TemplateRefusal
{
    /// <summary>The agency reports by another kind of period (a monthly agency asked for a quarter).</summary>
    NotItsPeriod,

    /// <summary>The agency did not exist during the period (merged away, or not yet opened).</summary>
    NotActive,
}
