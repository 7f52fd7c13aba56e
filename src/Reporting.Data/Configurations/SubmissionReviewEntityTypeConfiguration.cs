using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class SubmissionReviewEntityTypeConfiguration : IEntityTypeConfiguration<SubmissionReviewEntity>
{
    public void Configure(EntityTypeBuilder<SubmissionReviewEntity> builder)
    {
        builder.ToTable("submission_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Decision).HasMaxLength(16);
        builder.Property(r => r.Reviewer).HasMaxLength(256);
        builder.HasIndex(r => r.SubmissionId);
        builder.HasOne<SubmissionEntity>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Comments).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
