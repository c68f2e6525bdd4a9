using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Domain.SelfAudit;

namespace Quality.Features.SelfAudit;

internal static class ChecklistEndpoints
{
    /// <summary>GET /self-audit/cases/{id}: any case's checklist; PUT /self-audit/cases/{id}/items/{item}: the reviewer's answer for a sampled case.</summary>
    public static RouteGroupBuilder MapChecklist(this RouteGroupBuilder group)
    {
        group.MapGet("/self-audit/cases/{caseId:guid}", GetAsync)
            .WithSummary("A case's checklist: answered from events where they tell, by the reviewer for the rest")
            .Produces<ChecklistView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/self-audit/cases/{caseId:guid}/items/{item}", AnswerAsync)
            .DocumentsJsonWrite<ReviewerAnswerRequest, ChecklistView>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> GetAsync(Guid caseId, QualityDbContext db, CaseFiles files, CurrentUser user, AccessLogWriter log, CancellationToken cancellationToken)
    {
        if (SelfAuditAccess.RefuseUnlessReader(user) is { } refused)
        {
            return refused;
        }

        if (await files.OneAsync(caseId, cancellationToken) is not { } file)
        {
            return Problems.NotFound("case");
        }

        await log.ShownAsync(AccessAction.Read, SelfAuditAccess.InvestigationRecord, [caseId], cancellationToken);
        return Results.Ok(await ViewAsync(db, files, file, cancellationToken));
    }

    private static async Task<IResult> AnswerAsync(
        Guid caseId, string item, HttpRequest http, QualityDbContext db, CaseFiles files, CurrentUser user, AccessLogWriter log, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<ReviewerAnswerRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        if (!ChecklistItems.IsKnown(item))
        {
            return errors.Add(item, $"Not a checklist item; the items are: {string.Join(", ", ChecklistItems.All)}.").ToProblem();
        }

        errors.Require(request.Answer is not null && ChecklistAnswers.ReviewerMay.Contains(request.Answer, StringComparer.Ordinal),
            item, $"The answer to {item} is one of: {string.Join(", ", ChecklistAnswers.ReviewerMay)}.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (await files.OneAsync(caseId, cancellationToken) is not { } file)
        {
            return Problems.NotFound("case");
        }

        if (SelfAuditAccess.RefuseUnlessAuditor(user, file.Investigation.Unit) is { } refused)
        {
            return refused;
        }

        if (!CaseChecklist.IsForTheReviewer(file, item))
        {
            return errors.Add(item, $"{item} is answered from the case's events, not by the reviewer.").ToProblem();
        }

        if (!await IsSampledAsync(db, caseId, cancellationToken))
        {
            return Problems.Conflict("The reviewer answers the checklist of a sampled case only.");
        }

        var answer = await db.ReviewerAnswers.SingleOrDefaultAsync(a => a.CaseId == caseId && a.Item == item, cancellationToken)
            ?? db.ReviewerAnswers.Add(new ReviewerAnswer { CaseId = caseId, Item = item }).Entity;
        answer.Answer = request.Answer!;
        answer.AnsweredAt = time.GetUtcNow();
        answer.AnsweredBy = user.Id;
        log.Add(AccessAction.Write, SelfAuditAccess.InvestigationRecord, caseId);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(await ViewAsync(db, files, file, cancellationToken));
    }

    private static Task<bool> IsSampledAsync(QualityDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.SelfAuditSamples.AnyAsync(s => s.CaseIds.Contains(caseId), cancellationToken);

    private static async Task<ChecklistView> ViewAsync(QualityDbContext db, CaseFiles files, CaseFile file, CancellationToken cancellationToken)
    {
        var caseId = file.Investigation.Id;
        var reviewed = (await files.ReviewedAsync([caseId], cancellationToken))[caseId].ToList();
        return new ChecklistView(caseId, file.Investigation.Unit, await IsSampledAsync(db, caseId, cancellationToken), CaseChecklist.Of(file, reviewed));
    }
}
