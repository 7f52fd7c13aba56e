using Reporting.Workflows.Review;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>How `accept` and `return` say what they did: one line, exit code 0, or the refusal, exit code 1.</summary>
internal static class ReviewOutput
{
    public static int Print(Terminal terminal, ReviewOutcome outcome, string done)
    {
        if (outcome.Refusal is { } refusal)
        {
            terminal.Err.MarkupLine(Terminal.Markup($"[red]Refused[/]: {refusal.Message}. Nothing changed."));
            return 1;
        }

        var review = outcome.Review!;
        terminal.Out.MarkupLine(Terminal.Markup($"Submission {review.SubmissionId} {done} by {review.Reviewer}{(review.Comments.Count > 0 ? $", with {review.Comments.Count} comment(s)" : string.Empty)}."));
        return 0;
    }
}
