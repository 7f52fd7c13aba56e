namespace Reporting.Data.Entities;

/// <summary>A returned version's comment on one cell (such as D7) or one indicator.</summary>
public sealed class ReviewCommentEntity
{
    public long Id { get; set; }

    public long ReviewId { get; set; }

    public string? Cell { get; set; }

    public string? IndicatorCode { get; set; }

    public required string Text { get; set; }
}
