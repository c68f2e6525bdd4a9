using Investigation.Domain.Investigations;
using Platform.Contracts.Investigation;

namespace Investigation.Features.DecideInvestigation;

/// <summary>
/// The body of <c>POST /api/investigation/investigations/{id}/decision</c>: no intervention, or one or
/// more interventions; the committee secretary sends the committee's decision as <c>committee</c>.
/// </summary>
internal sealed record DecideInvestigationRequest(
    InvestigationOutcome? Outcome,
    string? Reasoning,
    List<InterventionRequest>? Interventions,
    CommitteeRequest? Committee);

/// <summary>
/// Open care (<c>openCareType</c>, named when <c>other</c>) or a placement (<c>placementType</c>,
/// <c>legalBasis</c>, the provider's organisation number or the foster home's id, <c>longTermCare</c>
/// for stadigvarande vård och fostran, <c>immediateCustody</c> under 6 § LVU).
/// </summary>
internal sealed record InterventionRequest(
    InterventionKind? Kind,
    OpenCareType? OpenCareType,
    string? OpenCareName,
    PlacementType? PlacementType,
    LegalBasis? LegalBasis,
    string? ProviderOrganisationNumber,
    Guid? FosterHomeId,
    bool? LongTermCare,
    bool? ImmediateCustody);

/// <summary>A meeting decision (its day and the protocol paragraph), or the chair's urgent decision under 6 § LVU (<c>urgentByChair: true</c>).</summary>
internal sealed record CommitteeRequest(bool? UrgentByChair, DateOnly? MeetingDate, string? ProtocolParagraph);
