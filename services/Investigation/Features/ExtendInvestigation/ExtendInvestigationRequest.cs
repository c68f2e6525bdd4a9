namespace Investigation.Features.ExtendInvestigation;

/// <summary>The body of <c>POST /api/investigation/investigations/{id}/extensions</c>: the new last day and the särskilda skäl.</summary>
internal sealed record ExtendInvestigationRequest(DateOnly? NewDueDate, string? Reason);
