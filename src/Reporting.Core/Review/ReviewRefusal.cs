using Reporting.Core.Validation;

namespace Reporting.Core.Review;

/// <summary>A review decision refused, with why in English and Vietnamese.</summary>
public sealed record ReviewRefusal(ReviewRefusalKind Kind, IssueText Text)
{
    public string Message => Text.English;

    public string MessageVi => Text.Vietnamese;
}
