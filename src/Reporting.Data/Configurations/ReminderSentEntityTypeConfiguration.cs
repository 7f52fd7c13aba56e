using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reporting.Data.Entities;

namespace Reporting.Data.Configurations;

internal sealed class ReminderSentEntityTypeConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.AgencyCode).HasMaxLength(32);
        builder.Property(r => r.Period).HasMaxLength(8);
        builder.Property(r => r.Recipient).HasMaxLength(320);

        // One reminder per agency and deadline: two senders at once cannot both record (and so both send) it.
        builder.HasIndex(r => new { r.AgencyCode, r.Period, r.Due }).IsUnique();
    }
}
