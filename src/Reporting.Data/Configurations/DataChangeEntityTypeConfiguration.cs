using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class DataChangeEntityTypeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public void Configure(EntityTypeBuilder<DataChange> builder)
    {
        builder.ToTable("data_changes");
        builder.HasKey(c => c.Version);
        builder.Property(c => c.Version).ValueGeneratedNever();
        builder.Property(c => c.AgencyCode).HasMaxLength(32);
    }
}
