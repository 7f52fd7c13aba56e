using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class StoredShareBucketEntityTypeConfiguration : IEntityTypeConfiguration<StoredShareBucketEntity>
{
    public void Configure(EntityTypeBuilder<StoredShareBucketEntity> builder)
    {
        builder.ToTable("stored_shares");
        builder.HasKey(b => new { b.Period, b.StructureDate, b.Bucket });
        builder.Property(b => b.Period).HasMaxLength(16);
    }
}
