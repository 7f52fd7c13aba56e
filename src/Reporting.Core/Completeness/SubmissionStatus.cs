namespace Reporting.Core.Completeness;

/// <summary>Where an owed submission stands against its deadline. Ordered from best to worst.</summary>
public enum SubmissionStatus
{
    /// <summary>Arrived by the deadline.</summary>
    OnTime,

    /// <summary>Not arrived, and the deadline has not passed.</summary>
    NotYetDue,

    /// <summary>Arrived after the deadline.</summary>
    Late,

    /// <summary>Not arrived, and the deadline has passed.</summary>
    Missing,
}
