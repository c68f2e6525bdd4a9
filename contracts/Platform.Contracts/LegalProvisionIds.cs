namespace Platform.Contracts;

/// <summary>
/// Ids of the legal provisions a decision or a refusal cites that are not deadline rules. Their texts,
/// per act and date, and whether the platform has verified them, are data in <c>Platform.Rules</c>.
/// </summary>
public static class LegalProvisionIds
{
    /// <summary>The duty to open an investigation.</summary>
    public const string Investigation = "investigation";

    /// <summary>The förhandsbedömning: deciding whether to open an investigation.</summary>
    public const string InitialAssessment = "initial-assessment";

    /// <summary>Forwarding a report to the municipality responsible for the child.</summary>
    public const string Forwarding = "forwarding";

    /// <summary>An investigation without delay when a child may be subjected to, or has witnessed, violence by a närstående.</summary>
    public const string ViolenceByCloseRelative = "violence-by-close-relative";

    /// <summary>Only staff with a social-work degree or equivalent assess and investigate.</summary>
    public const string QualifiedStaff = "qualified-staff";

    /// <summary>Who is bound to report concern for a child: authorities and professionals (14 kap. 1 § SoL 2001:453).</summary>
    public const string MandatoryReporter = "mandatory-reporter";

    /// <summary>The committee's delegation of decisions (delegationsordning).</summary>
    public const string DelegationOrder = "delegation-order";

    /// <summary>Sub-delegation by the head of department.</summary>
    public const string SubDelegation = "sub-delegation";

    /// <summary>The chair's urgent decision on the committee's behalf.</summary>
    public const string UrgentChairDecision = "urgent-chair-decision";
}
