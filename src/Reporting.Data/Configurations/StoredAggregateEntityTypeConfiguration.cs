using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class StoredAggregateEntityTypeConfiguration : IEntityTypeConfiguration<StoredAggregateEntity>
{
    public void Configure(EntityTypeBuilder<StoredAggregateEntity> builder)
    {
        builder.ToTable("stored_aggregates");
        builder.HasKey(a => new { a.Period, a.StructureDate });
        builder.Property(a => a.Period).HasMaxLength(16);
    }
}
