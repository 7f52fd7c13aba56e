using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class PendingRollupRebuildEntityTypeConfiguration : IEntityTypeConfiguration<PendingRollupRebuild>
{
    public void Configure(EntityTypeBuilder<PendingRollupRebuild> builder)
    {
        builder.ToTable("pending_rollup_rebuild");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
    }
}
