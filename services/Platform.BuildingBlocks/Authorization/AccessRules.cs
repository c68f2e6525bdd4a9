namespace Platform.BuildingBlocks.Authorization;

/// <summary>
/// The rules a 403 problem names in its <c>rule</c> (<c>Problems.Forbidden</c>), one id per rule for
/// every service, so a client handles a refusal the same wherever it comes from. Ids are kebab-case;
/// the legal reference belongs in the problem's detail.
/// </summary>
public static class AccessRules
{
    /// <summary>Only the municipality's caseworkers and their managers work with case data (26 kap. 1 § OSL).</summary>
    public const string CaseworkRoles = "casework-roles";

    /// <summary>Only staff with a social-work degree or equivalent assess (3 kap. 3 a § SoL).</summary>
    public const string QualifiedStaff = "qualified-staff";

    /// <summary>Only the head of department writes and revokes sub-delegations (the delegation order is the committee's, see <see cref="CommitteeDecisions"/>).</summary>
    public const string DelegationChanges = "delegation-changes";

    /// <summary>Only the roles the service names see or change the municipality's settings for it.</summary>
    public const string MunicipalSettings = "municipal-settings";

    /// <summary>Only managers and quality developers review the access log (loggkontroll).</summary>
    public const string LogReview = "log-review";

    /// <summary>The committee's decisions (the delegation order, meeting decisions, the chair's urgent ones) are entered by its secretary.</summary>
    public const string CommitteeDecisions = "committee-decisions";

    /// <summary>Staff work on their own unit's cases; another unit's case needs a stated reason, which the access log keeps.</summary>
    public const string OwnUnit = "own-unit";

    /// <summary>Only quality developers and managers read the quarterly reports to IVO (16 kap. 6 f § SoL).</summary>
    public const string QualityReports = "quality-reports";

    /// <summary>The county's de-identified follow-up: aggregates are for the region's analysts, the exchange and its reconciliation for the municipality's named roles.</summary>
    public const string RegionalFollowUp = "regional-follow-up";

    /// <summary>The delegation order does not give the caller's role this decision.</summary>
    /// <param name="decision">The decision's kebab-case name, e.g. <c>do-not-open</c>.</param>
    public static string DelegationOrder(string decision) => "delegation-order:" + decision;
}
