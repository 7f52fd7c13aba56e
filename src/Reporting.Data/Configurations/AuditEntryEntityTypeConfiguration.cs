using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class AuditEntryEntityTypeConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Origin).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Period).HasMaxLength(8);
        builder.Property(a => a.AgencyCode).HasMaxLength(32);
        builder.HasIndex(a => a.Period);
        builder.HasIndex(a => a.AgencyCode);
    }
}
