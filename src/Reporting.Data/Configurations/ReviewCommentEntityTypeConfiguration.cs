using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class ReviewCommentEntityTypeConfiguration : IEntityTypeConfiguration<ReviewCommentEntity>
{
    public void Configure(EntityTypeBuilder<ReviewCommentEntity> builder)
    {
        builder.ToTable("review_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Cell).HasMaxLength(16);
        builder.Property(c => c.IndicatorCode).HasMaxLength(64);
    }
}
