using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Review;

/// <summary>A version waiting for review: the version, its validation warnings, and its values against the version it replaced.</summary>
public sealed record QueuedSubmission(SubmissionInfo Submission, IReadOnlyList<ValidationIssue> Warnings, IReadOnlyList<ValueChange> Changes);
