using Platform.Contracts.Investigation;

namespace Investigation.Features.TrackInterventions;

/// <summary>The body of <c>POST .../interventions/{interventionId}/started</c>; a start after three months may say why it was delayed.</summary>
internal sealed record StartedRequest(DateOnly? StartedOn, UnexecutedReason? DelayReason);

/// <summary>The body of <c>POST .../interventions/{interventionId}/ended-unexecuted</c>.</summary>
internal sealed record EndedUnexecutedRequest(DateOnly? EndedOn, UnexecutedReason? Reason);

/// <summary>The body of <c>PUT .../interventions/{interventionId}/delay-reason</c>: why a decision waits, for the report to IVO.</summary>
internal sealed record DelayReasonRequest(UnexecutedReason? Reason);
