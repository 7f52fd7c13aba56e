using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class SubmissionEntityTypeConfiguration : IEntityTypeConfiguration<SubmissionEntity>
{
    public void Configure(EntityTypeBuilder<SubmissionEntity> builder)
    {
        builder.ToTable("submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.AgencyCode).HasMaxLength(32);
        builder.Property(s => s.Period).HasMaxLength(8);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.Property(s => s.UploadedBy).HasMaxLength(256);
        // Rows stored by the fast paths name no state: the database's default makes them submitted.
        builder.Property(s => s.State).HasMaxLength(16).HasDefaultValue(SubmissionEntity.Submitted);
        builder.HasIndex(s => new { s.AgencyCode, s.Period, s.Version }).IsUnique();
        builder.HasIndex(s => new { s.IsCurrent, s.FirstMonth, s.LastMonth });

        // No index by file hash: a file is compared only with its agency's versions of the period, read with them. The
        // one there served no query and was the table's largest (49 MB of a ten-year SQLite database, 73 MB on
        // PostgreSQL); the migration SubmissionsBySha256IndexDropped drops it.

        // Refreshing an agency's roll-ups reads its current values: without this a rebuild at 5,000 agencies walks
        // every current submission of the months instead (minutes).
        builder.HasIndex(s => new { s.AgencyCode, s.IsCurrent, s.FirstMonth }).HasDatabaseName("ix_submissions_agency_current");
        builder.HasMany(s => s.Values).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
