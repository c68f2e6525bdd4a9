using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Access;

/// <summary>Who may use the assessment API at all, who may work on an assessment, and the names its access log gives records.</summary>
internal static class AssessmentAccess
{
    public const string AssessmentRecord = "assessment";

    public const string ReportRecord = "report";

    /// <summary>Who sees the list of the chair's urgent decisions awaiting the next meeting.</summary>
    public static readonly string[] CommitteeRoles = [PlatformRoles.Namnd, PlatformRoles.Namndsekreterare, PlatformRoles.Forvaltningschef];

    /// <summary>Null when the caller may record on an assessment; otherwise the refusal naming the rule.</summary>
    public static IResult? RefuseUnlessQualifiedCaseworker(CurrentUser user, DateTimeOffset now) =>
        CaseworkAccess.RefuseUnlessQualifiedCaseworker(user, now, "an assessment", "assess");

    /// <summary>Null when the caller is the head of department, who alone writes sub-delegations.</summary>
    public static IResult? RefuseUnlessHeadOfDepartment(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef)
            ? null
            : Problems.Forbidden(AccessRules.DelegationChanges, "Only the head of department (förvaltningschef) writes and revokes sub-delegations.");

    /// <summary>Null when the caller is the committee's secretary, who enters the committee's decisions.</summary>
    public static IResult? RefuseUnlessCommitteeSecretary(CurrentUser user, string what) =>
        user.IsInRole(PlatformRoles.Namndsekreterare)
            ? null
            : Problems.Forbidden(AccessRules.CommitteeDecisions, $"The committee's decisions ({what}) are entered by the committee secretary (namndsekreterare), with the meeting date and protocol paragraph.");

    /// <summary>Null when the caller may change the municipality's settings for this service.</summary>
    public static IResult? RefuseUnlessSettingsManager(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef, PlatformRoles.Enhetschef)
            ? null
            : Problems.Forbidden(AccessRules.MunicipalSettings, "Only the head of department or a unit manager changes the municipality's settings.");
}
