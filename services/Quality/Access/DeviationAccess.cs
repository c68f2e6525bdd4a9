using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;
using Quality.Domain.Deviations;

namespace Quality.Access;

/// <summary>Who sees and handles deviations: anyone reports; the responsible unit manager investigates; serious ones reach the head of department.</summary>
internal static class DeviationAccess
{
    public const string DeviationRecord = "deviation";

    public static readonly string[] OverseeRoles = [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    public static readonly string[] LexSarahRoles = [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Forvaltningschef];

    public static IResult? RefuseUnlessOverseer(CurrentUser user) =>
        user.IsInRole(OverseeRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only quality developers, unit managers and the head of department list deviations.");

    /// <summary>The reporter reads their own deviation, to learn its outcome.</summary>
    public static IResult? RefuseUnlessMayRead(CurrentUser user, Deviation deviation) =>
        deviation.ReportedBy == user.Id ? null : RefuseUnlessOverseer(user);

    /// <summary>The responsible unit's manager, or the head of department for any unit and for the organisation.</summary>
    public static IResult? RefuseUnlessResponsibleManager(CurrentUser user, Deviation deviation) =>
        user.IsInRole(PlatformRoles.Forvaltningschef) || (user.IsInRole(PlatformRoles.Enhetschef) && (deviation.Unit is null || deviation.Unit == user.Unit))
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "The responsible unit manager, or the head of department, investigates a deviation and tells the reporter its outcome.");

    public static IResult? RefuseUnlessLexSarah(CurrentUser user) =>
        user.IsInRole(LexSarahRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only the head of department and quality developers escalate a Lex Sarah matter and report it to IVO.");
}
