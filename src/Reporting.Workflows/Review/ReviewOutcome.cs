using Reporting.Core.Review;

namespace Reporting.Workflows.Review;

/// <summary>What an accept or return did: the review recorded, or why nothing changed.</summary>
public sealed record ReviewOutcome(ReviewNote? Review, ReviewRefusal? Refusal)
{
    public bool Done => Refusal is null;
}
