using Platform.Contracts;
using static Platform.Rules.LegalTexts;

namespace Platform.Rules;

/// <summary>
/// The provisions that decisions and refusals cite beside the deadline rules, as data like the rules:
/// each with its text per act and date, and whether the platform has verified it.
/// </summary>
internal static class Provisions
{
    private static readonly DateOnly Sol2001InForce = new(2002, 1, 1);
    private static readonly DateOnly QualificationInForce = new(2014, 7, 1);
    private static readonly DateOnly Sosfs2014Colon4InForce = new(2014, 10, 1);

    public static readonly IReadOnlyDictionary<string, LegalReference[]> All = new Dictionary<string, LegalReference[]>(StringComparer.Ordinal)
    {
        [LegalProvisionIds.Investigation] = Sol2001Only("11 kap. 1 §", Sol2001InForce),
        [LegalProvisionIds.InitialAssessment] = Catalogue.InitialAssessmentReferences,
        // Which municipality is responsible for the child; not yet checked against the act's text.
        [LegalProvisionIds.Forwarding] =
        [
            new($"2 a kap. 1 § {Sol2001}", Sol2001InForce, Verified: false),
            new($"{Sol2025}, motsvarande 2 a kap. 1 § {Sol2001}", Sol2025InForce, Verified: false),
        ],
        // Binding regulations issued under the 2001 act; whether they stand unchanged under the new act is not yet checked.
        [LegalProvisionIds.ViolenceByCloseRelative] =
        [
            new("6 kap. 1 § SOSFS 2014:4", Sosfs2014Colon4InForce, Verified: true),
            new("6 kap. 1 § SOSFS 2014:4", Sol2025InForce, Verified: false),
        ],
        [LegalProvisionIds.QualifiedStaff] = Sol2001Only("3 kap. 3 a §", QualificationInForce),
        [LegalProvisionIds.MandatoryReporter] = Sol2001Only("14 kap. 1 §", Sol2001InForce),
        [LegalProvisionIds.DelegationOrder] = Unchanged($"6 kap. 37 § {Kl2017}", Kl2017InForce),
        [LegalProvisionIds.SubDelegation] = Unchanged($"7 kap. 6 § {Kl2017}", Kl2017InForce),
        [LegalProvisionIds.UrgentChairDecision] = Unchanged($"6 kap. 39 § {Kl2017}", Kl2017InForce),
    };
}
