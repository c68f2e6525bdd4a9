using System.Text.RegularExpressions;
using Investigation.Domain.Interventions;
using Investigation.Domain.Investigations;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Investigation;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.DecideInvestigation;

/// <summary>A checked decision: the interventions (none for no intervention), the reasoning, and the committee's, when the committee took it.</summary>
internal sealed record ValidDecision(IReadOnlyList<InterventionSpec> Interventions, string Reasoning, CommitteeDecision? Committee);

/// <summary>The checks on <see cref="DecideInvestigationRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static partial class DecideInvestigationValidation
{
    /// <summary>Placements in a family home name the home; the others name the provider.</summary>
    private static readonly PlacementType[] FosterHomes =
        [PlacementType.FosterHomeOwn, PlacementType.FosterHomeConsultant, PlacementType.NetworkHome, PlacementType.EmergencyHome];

    public static ValidDecision? Validate(DecideInvestigationRequest request, DateOnly opened, DateOnly today, ValidationErrors errors)
    {
        errors.Require(request.Outcome is not null, "outcome", "Required: no-intervention or interventions.");
        var reasoning = TextFields.Required(request.Reasoning, "reasoning", errors);
        var requested = request.Interventions ?? [];
        if (request.Outcome == InvestigationOutcome.NoIntervention)
        {
            errors.Require(requested.Count == 0, "interventions", "None with the outcome no-intervention.");
        }
        else if (request.Outcome == InvestigationOutcome.Interventions)
        {
            errors.Require(requested.Count > 0, "interventions", "Required: at least one intervention.");
        }

        var specs = requested.Select((r, n) => Intervention(r, $"interventions[{n}]", errors)).ToList();
        var committee = request.Committee is null ? null : Committee(request.Committee, specs, opened, today, errors);
        return errors.IsValid ? new ValidDecision([.. specs.Select(s => s!)], reasoning!, committee) : null;
    }

    private static InterventionSpec? Intervention(InterventionRequest? r, string at, ValidationErrors errors)
    {
        if (r is null)
        {
            errors.Add(at, "Required: an intervention, not null.");
            return null;
        }

        errors.Require(r.Kind is not null, $"{at}.kind", "Required: open-care or placement.");
        return r.Kind switch
        {
            InterventionKind.OpenCare => OpenCare(r, at, errors),
            InterventionKind.Placement => Placement(r, at, errors),
            _ => null,
        };
    }

    private static InterventionSpec? OpenCare(InterventionRequest r, string at, ValidationErrors errors)
    {
        errors.Require(r.OpenCareType is not null, $"{at}.openCareType", "Required: " + KebabEnum.Names<OpenCareType>() + ".");
        var name = r.OpenCareType == OpenCareType.Other
            ? TextFields.Required(r.OpenCareName, $"{at}.openCareName", errors, CaseworkColumns.Name)
            : null;
        errors.Require(r.OpenCareType == OpenCareType.Other || r.OpenCareName is null, $"{at}.openCareName", "Only with the open-care type other.");
        errors.Require(r.LegalBasis is null or LegalBasis.Sol, $"{at}.legalBasis", "Open care is voluntary: sol.");
        errors.Require(r.PlacementType is null && r.ProviderOrganisationNumber is null && r.FosterHomeId is null, at, "Open care names no placement, provider or foster home.");
        errors.Require(r.LongTermCare != true && r.ImmediateCustody != true, at, "longTermCare and immediateCustody are for placements.");
        return errors.IsValid
            ? new InterventionSpec(InterventionKind.OpenCare, r.OpenCareType, name, null, LegalBasis.Sol, null, null, false, false)
            : null;
    }

    private static InterventionSpec? Placement(InterventionRequest r, string at, ValidationErrors errors)
    {
        errors.Require(r.PlacementType is not null, $"{at}.placementType", "Required: " + KebabEnum.Names<PlacementType>() + ".");
        errors.Require(r.LegalBasis is not null, $"{at}.legalBasis", "Required: sol, lvu2 or lvu3.");
        errors.Require(r.OpenCareType is null && r.OpenCareName is null, at, "A placement names no open-care type.");
        if (r.PlacementType is { } type && FosterHomes.Contains(type))
        {
            errors.Require(r.FosterHomeId is not null, $"{at}.fosterHomeId", "Required for a placement in a family home: the foster home's id.");
        }
        else if (r.PlacementType is not null)
        {
            errors.Require(r.ProviderOrganisationNumber is not null, $"{at}.providerOrganisationNumber", "Required: the provider's organisation number.");
        }

        errors.Require(r.ProviderOrganisationNumber is null || OrganisationNumber().IsMatch(r.ProviderOrganisationNumber), $"{at}.providerOrganisationNumber",
            "An organisation number: ten digits, NNNNNN-NNNN.");
        errors.Require(r.ImmediateCustody != true || r.LegalBasis is LegalBasis.Lvu2 or LegalBasis.Lvu3, $"{at}.immediateCustody",
            "Immediate custody is under 6 § LVU: legalBasis lvu2 or lvu3.");
        return errors.IsValid
            ? new InterventionSpec(InterventionKind.Placement, null, null, r.PlacementType, r.LegalBasis!.Value, r.ProviderOrganisationNumber?.Trim(), r.FosterHomeId,
                r.LongTermCare == true, r.ImmediateCustody == true)
            : null;
    }

    private static CommitteeDecision? Committee(CommitteeRequest committee, IReadOnlyList<InterventionSpec?> specs, DateOnly opened, DateOnly today, ValidationErrors errors)
    {
        if (committee.UrgentByChair == true)
        {
            // Only immediate custody under 6 § LVU is the chair's to decide between meetings.
            errors.Require(specs.Any(s => s?.ImmediateCustody == true), "committee.urgentByChair", "The chair decides urgently only on immediate custody under 6 § LVU.");
            errors.Require(committee.MeetingDate is null && committee.ProtocolParagraph is null, "committee",
                "An urgent decision of the chair has no meeting yet: leave out meetingDate and protocolParagraph.");
            return errors.IsValid ? new CommitteeDecision(true, null, null) : null;
        }

        errors.Require(committee.MeetingDate is { } meeting && meeting <= today && meeting >= opened, "committee.meetingDate",
            "Required: the day of the meeting, yyyy-MM-dd, not before the investigation opened and not in the future.");
        var paragraph = TextFields.Required(committee.ProtocolParagraph, "committee.protocolParagraph", errors, CaseworkColumns.ProtocolParagraph);
        return errors.IsValid ? new CommitteeDecision(false, committee.MeetingDate, paragraph) : null;
    }

    [GeneratedRegex(@"^\d{6}-?\d{4}$")]
    private static partial Regex OrganisationNumber();
}
