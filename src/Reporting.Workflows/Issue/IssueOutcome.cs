using Reporting.Core.Issue;

namespace Reporting.Workflows.Issue;

/// <summary>What issuing, reopening or fetching an issued report did: the report concerned and the files written, or why nothing was done.</summary>
public sealed record IssueOutcome(IssuedReportInfo? Report, IReadOnlyList<string> Files, IssueRefusal? Refusal)
{
    public bool Done => Refusal is null;

    public static IssueOutcome Refused(IssueRefusal refusal) => new(null, [], refusal);
}
