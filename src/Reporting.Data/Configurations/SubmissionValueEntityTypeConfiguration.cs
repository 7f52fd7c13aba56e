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

        // The only index besides the key: values are read by submission (a version's, an agency's, a period's). One by
        // indicator alone served no query, yet cost every file stored 38 more index entries and a ten-year SQLite
        // database 567 MB of its 3.4 GB (PostgreSQL 139 MB); the migration ValuesByIndicatorIndexDropped drops it, and
        // an existing SQLite file reuses the pages freed for later rows.
        builder.HasIndex(v => new { v.SubmissionId, v.IndicatorCode }).IsUnique();
    }
}
