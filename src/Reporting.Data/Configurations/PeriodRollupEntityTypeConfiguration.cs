using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

/// <summary>
/// Keyed by period, then agency, then indicator: a period's rows lie together for reading it, and within it an agency's,
/// so storing a file rewrites a few pages (on SQLite the table is WITHOUT ROWID, see the migration that made it).
/// </summary>
internal sealed class PeriodRollupEntityTypeConfiguration : IEntityTypeConfiguration<PeriodRollupEntity>
{
    public void Configure(EntityTypeBuilder<PeriodRollupEntity> builder)
    {
        builder.ToTable("period_rollups");
        builder.HasKey(r => new { r.Period, r.AgencyCode, r.IndicatorCode });
        builder.Property(r => r.Period).HasMaxLength(8);
        builder.Property(r => r.AgencyCode).HasMaxLength(32);
        builder.Property(r => r.IndicatorCode).HasMaxLength(64);
        builder.Property(r => r.Sum).HasColumnName("sum_micros").HasConversion<StoredFigureConverter>();
        builder.Property(r => r.Latest).HasColumnName("latest_micros").HasConversion<StoredFigureConverter>();
    }
}
