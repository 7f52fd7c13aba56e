namespace Reporting.Data.Entities;

/// <summary>One indicator row of a stored submission; a null value means "not reported".</summary>
public sealed class SubmissionValueEntity
{
    public long Id { get; set; }

    public long SubmissionId { get; set; }

    public required string IndicatorCode { get; set; }

    public decimal? Value { get; set; }

    public string? Cell { get; set; }

    public string? Note { get; set; }

    /// <summary>An estimate ("ước thực hiện"): its row said so, or its submission is one as a whole.</summary>
    public bool IsEstimate { get; set; }
}
