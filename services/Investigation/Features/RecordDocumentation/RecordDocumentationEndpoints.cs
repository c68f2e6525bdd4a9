using Investigation.Data;
using Investigation.Domain.Documentation;
using Investigation.Features.GetInvestigation;
using Investigation.Features.Shared;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Persistence;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.RecordDocumentation;

/// <summary>
/// The structured documentation of an open investigation (BBIC), one endpoint per part, each for a
/// qualified caseworker or manager: a single part (<c>PUT</c>) is recorded again over its earlier
/// recording, which stays in the history; a list part (<c>POST</c>) takes one entry at a time. Each
/// applies whole or is a 400 naming the fields, with nothing written.
/// </summary>
internal static class RecordDocumentationEndpoints
{
    private delegate ValidRecording? Validator<in TRequest>(TRequest request, Days days, ValidationErrors errors);

    public static RouteGroupBuilder MapRecordDocumentation(this RouteGroupBuilder group) => group
        .MapPart<InvestigationPlanRequest>("investigation-plan", DocumentationValidation.Validate)
        .MapPart<ChildHeardRequest>("child-heard", DocumentationValidation.Validate)
        .MapPart<TextPartRequest>("child-view", (request, _, errors) => DocumentationValidation.Text(DocumentationPart.ChildView, request, errors))
        .MapPart<ConsultationRequest>("consultations", DocumentationValidation.Validate, isList: true)
        .MapPart<RiskAssessmentRequest>("risk-assessment", DocumentationValidation.Validate)
        .MapPart<PoliceReportRequest>("police-report", DocumentationValidation.Validate)
        .MapPart<CommunicationRequest>("communications", DocumentationValidation.Validate, isList: true)
        .MapPart<TextPartRequest>("needs-assessment", (request, _, errors) => DocumentationValidation.Text(DocumentationPart.NeedsAssessment, request, errors))
        .MapPart<TextPartRequest>("guardians-ability", (request, _, errors) => DocumentationValidation.Text(DocumentationPart.GuardiansAbility, request, errors))
        .MapPart<TextPartRequest>("conclusion", (request, _, errors) => DocumentationValidation.Text(DocumentationPart.Conclusion, request, errors));

    private static RouteGroupBuilder MapPart<TRequest>(this RouteGroupBuilder group, string what, Validator<TRequest> validate, bool isList = false)
        where TRequest : class
    {
        var pattern = $"/investigations/{{id:guid}}/{what}";
        Delegate handler = (Guid id, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
            RecordAsync(id, http, db, user, time, validate, isList, cancellationToken);
        if (isList)
        {
            // A list grows with every POST, so a retry after a lost answer would add the entry twice.
            group.MapPost(pattern, handler)
                .DocumentsJsonWrite<TRequest, InvestigationDetails>(StatusCodes.Status201Created, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
                .AcceptsIdempotencyKey();
        }
        else
        {
            group.MapPut(pattern, handler)
                .DocumentsJsonWrite<TRequest, InvestigationDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        }

        return group;
    }

    private static async Task<IResult> RecordAsync<TRequest>(
        Guid id, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, Validator<TRequest> validate, bool isList,
        CancellationToken cancellationToken)
        where TRequest : class
    {
        var now = time.GetUtcNow();
        var (investigation, problem) = await InvestigationWork.Cases.LoadOpenForWorkAsync(db, id, user, now, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        var days = new Days(StockholmCalendar.LocalDate(investigation!.OpenedAt), StockholmCalendar.LocalDate(now));
        var valid = request is null ? null : validate(request, days, errors);
        if (!errors.IsValid || valid is null)
        {
            return errors.ToProblem();
        }

        db.Documentation.Add(investigation.Record(valid.Part, valid.Content, user.AsDecider(), now));
        var shown = investigation.Show(user, now);
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? (isList ? Results.Created($"/api/investigation/investigations/{id}", shown) : Results.Ok(shown));
    }
}
