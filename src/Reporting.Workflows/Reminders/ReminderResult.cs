using Reporting.Core.Submissions;

namespace Reporting.Workflows.Reminders;

/// <summary>One owed submission, the address its reminder goes to, and what happened.</summary>
public sealed record ReminderResult(DueSubmission Owed, string? Recipient, ReminderOutcome Outcome, string? Failure = null);
