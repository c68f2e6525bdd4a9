using Assessment.Domain.Delegation;

namespace Assessment.Features.DelegationOrder;

/// <summary>A version of the delegation order; version 0 is the platform default, never written by the municipality.</summary>
internal sealed record DelegationOrderResponse(
    int Version,
    bool IsDefault,
    IReadOnlyList<DelegationGrant> Grants,
    DateTimeOffset? ChangedAt,
    string? ChangedByName,
    string? ChangedByRole)
{
    public static DelegationOrderResponse Default { get; } =
        new(0, true, DelegationOrderJson.ToGrants(Domain.Delegation.DelegationOrder.Default), null, null, null);

    public static DelegationOrderResponse From(DelegationOrderVersion version) => new(
        version.Version,
        false,
        DelegationOrderJson.ToGrants(DelegationOrderJson.Deserialize(version.Grants)),
        version.ChangedAt,
        version.ChangedByName,
        version.ChangedByRole);
}
