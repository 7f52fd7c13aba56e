using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class SubmissionValueEntityTypeConfiguration : IEntityTypeConfiguration<SubmissionValueEntity>
{
    public void Configure(EntityTypeBuilder<SubmissionValueEntity> builder)
    {
        builder.ToTable("submission_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.IndicatorCode).HasMaxLength(64);
        builder.Property(v => v.Value)
            .HasColumnName("value_micros")
            .HasConversion<StoredFigureConverter>();
        builder.HasIndex(v => new { v.SubmissionId, v.IndicatorCode }).IsUnique();

        // Tracing one indicator across submissions reads by indicator first.
        builder.HasIndex(v => v.IndicatorCode);
    }
}
