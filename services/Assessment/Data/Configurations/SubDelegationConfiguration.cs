using Assessment.Domain.Delegation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assessment.Data.Configurations;

internal sealed class SubDelegationConfiguration : IEntityTypeConfiguration<SubDelegation>
{
    public void Configure(EntityTypeBuilder<SubDelegation> builder)
    {
        builder.ToTable("sub_delegations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TenantId).HasMaxLength(4);
        builder.Property(s => s.DelegateRole).HasMaxLength(Lengths.Role);
        builder.Property(s => s.DelegateUserId).HasMaxLength(Lengths.UserId);
        builder.Property(s => s.DelegateName).HasMaxLength(Lengths.Name);
        builder.Property(s => s.DecisionReference).HasMaxLength(Lengths.Reference);
        builder.Property(s => s.CreatedById).HasMaxLength(Lengths.UserId);
        builder.Property(s => s.CreatedByName).HasMaxLength(Lengths.Name);
        builder.Property(s => s.CommitteeReportRecordedByName).HasMaxLength(Lengths.Name);
        builder.Property(s => s.RevokedByName).HasMaxLength(Lengths.Name);
        builder.HasIndex(s => new { s.TenantId, s.Decision }, "ix_sub_delegations_decision");
    }
}
