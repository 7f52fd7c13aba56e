namespace Reporting.Core.Validation;

/// <summary>Errors block a submission; warnings are shown and do not.</summary>
public enum Severity
{
    Error,
    Warning,
}
