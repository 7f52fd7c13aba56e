using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class DataVersionEntityTypeConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("data_versions");
        builder.HasKey(v => v.Name);
        // Every counter exists from the migration on: raising one is a plain UPDATE, never an insert race.
        builder.HasData(
            new DataVersion { Name = DataVersion.Submissions, Version = 0 },
            new DataVersion { Name = DataVersion.Catalog, Version = 0 },
            new DataVersion { Name = DataVersion.Cycle, Version = 0 },
            new DataVersion { Name = DataVersion.Reviews, Version = 0 });
    }
}
