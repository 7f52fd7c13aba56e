using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class IssuedReportEntityTypeConfiguration : IEntityTypeConfiguration<IssuedReportEntity>
{
    public void Configure(EntityTypeBuilder<IssuedReportEntity> builder)
    {
        builder.ToTable("issued_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Period).HasMaxLength(8);
        builder.Property(r => r.IssuedBy).HasMaxLength(256);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.HasIndex(r => r.Period);
    }
}
