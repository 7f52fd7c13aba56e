using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class PeriodLockEntityTypeConfiguration : IEntityTypeConfiguration<PeriodLockEntity>
{
    public void Configure(EntityTypeBuilder<PeriodLockEntity> builder)
    {
        builder.ToTable("period_locks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Period).HasMaxLength(8);
        builder.Property(l => l.LockedBy).HasMaxLength(256);
        builder.Property(l => l.ReopenedBy).HasMaxLength(256);
        builder.HasIndex(l => l.Period);
        builder.HasOne<IssuedReportEntity>().WithMany().HasForeignKey(l => l.IssuedReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
