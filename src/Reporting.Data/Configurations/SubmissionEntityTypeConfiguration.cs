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
        builder.HasIndex(s => s.Sha256);

        // Refreshing an agency's roll-ups reads its current values: without this a rebuild at 5,000 agencies walks
        // every current submission of the months instead (minutes).
        builder.HasIndex(s => new { s.AgencyCode, s.IsCurrent, s.FirstMonth }).HasDatabaseName("ix_submissions_agency_current");
        builder.HasMany(s => s.Values).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
