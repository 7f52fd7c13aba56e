using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class SubmissionValueEntityTypeConfiguration : IEntityTypeConfiguration<SubmissionValueEntity>
{
    /// <summary>Values are stored as whole millionths: exact, summable in SQL, and portable to PostgreSQL's bigint.</summary>
    public const decimal Scale = 1_000_000m;

    /// <summary>
    /// A stored value as a decimal, as <c>micros / Scale</c> gives it; whole numbers (most counts) skip the decimal
    /// division, which dominates reading hundreds of thousands of them.
    /// </summary>
    public static decimal FromMicros(long micros) => micros % 1_000_000 == 0 ? micros / 1_000_000 : micros / Scale;

    public void Configure(EntityTypeBuilder<SubmissionValueEntity> builder)
    {
        builder.ToTable("submission_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.IndicatorCode).HasMaxLength(64);
        builder.Property(v => v.Value)
            .HasColumnName("value_micros")
            .HasConversion(v => v == null ? (long?)null : (long)(v.Value * Scale), v => v == null ? null : v.Value / Scale);
        builder.HasIndex(v => new { v.SubmissionId, v.IndicatorCode }).IsUnique();

        // Tracing one indicator across submissions reads by indicator first.
        builder.HasIndex(v => v.IndicatorCode);
    }
}
