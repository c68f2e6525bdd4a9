using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.FollowUp;
using Placements.Domain.Placements;

namespace Placements.Data.Configurations;

internal sealed class FollowUpDialogueConfiguration : IEntityTypeConfiguration<FollowUpDialogue>
{
    public void Configure(EntityTypeBuilder<FollowUpDialogue> builder)
    {
        builder.ToTable("follow_up_dialogues");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(d => d.ProviderOrganisationNumber).HasMaxLength(Lengths.OrganisationNumber);
        builder.Property(d => d.RecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(d => d.Note).HasMaxLength(Lengths.Note);
        builder.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Answers).WithOne().HasForeignKey(a => a.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.TenantId, d.ProviderOrganisationNumber }, "ix_follow_up_dialogues_provider");
        builder.HasIndex(d => new { d.TenantId, d.PlacementId }, "ix_follow_up_dialogues_placement");
    }
}
