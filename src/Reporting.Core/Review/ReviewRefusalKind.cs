namespace Reporting.Core.Review;

/// <summary>Why a review decision was refused.</summary>
public enum ReviewRefusalKind
{
    NotFound,
    NotCurrent,
    Locked,
    AlreadyDecided,
    NoReason,
    UnknownCell,
}
