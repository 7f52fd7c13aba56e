namespace Reporting.Core.Review;

/// <summary>What an analyst decides about a submitted version.</summary>
public enum ReviewDecision
{
    Accept,
    Return,
}
