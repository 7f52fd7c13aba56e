using Reporting.Core.Completeness;

namespace Reporting.Web.Localization;

/// <summary>The English wording of a submission status (translated like every other text).</summary>
public static class StatusText
{
    public static string Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.OnTime => "Submitted on time",
        SubmissionStatus.Late => "Late",
        SubmissionStatus.Missing => "Missing",
        _ => "Not yet due",
    };
}
