namespace Platform.Contracts.Delegation;

/// <summary>
/// Every decision the municipality's delegation order governs, across the services. The order is one
/// document: it is recorded once (at assessment) and every service that decides reads the same versions.
/// Written in the API and in events in kebab case (<c>extend-investigation</c>).
/// </summary>
public enum DecisionType
{
    /// <summary>Open an investigation (assessment).</summary>
    OpenInvestigation,

    /// <summary>Not open an investigation (assessment).</summary>
    DoNotOpen,

    /// <summary>Record that the child is already under investigation (assessment).</summary>
    InvestigationAlreadyOngoing,

    /// <summary>Extend the 14-day assessment (assessment).</summary>
    ExtendAssessment,

    /// <summary>Forward the reports to another municipality (assessment).</summary>
    ForwardToAnotherMunicipality,

    /// <summary>Extend the four-month investigation for särskilda skäl (investigation).</summary>
    ExtendInvestigation,

    /// <summary>Conclude an investigation with no intervention (investigation).</summary>
    ConcludeWithoutIntervention,

    /// <summary>Grant an open-care intervention: contact person or family, family treatment, other (investigation).</summary>
    DecideOpenCare,

    /// <summary>Place a child outside the home other than for stadigvarande vård och fostran, e.g. a jourhem or an HVB (investigation).</summary>
    DecidePlacement,

    /// <summary>Placement for stadigvarande vård och fostran: a committee decision, never delegated.</summary>
    PlacementForLongTermCare,

    /// <summary>Apply to the administrative court for care under LVU: a committee decision, never delegated.</summary>
    ApplyForLvuCare,

    /// <summary>Immediate custody under 6 § LVU: a committee decision, or the chair's urgent one, never delegated to an official.</summary>
    ImmediateCustodyLvu,
}
