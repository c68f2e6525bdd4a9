namespace Intake.Features.ChildHistory;

internal sealed record ChildHistoryResponse(Guid ChildId, bool ProtectedIdentity, IReadOnlyList<PriorReport> Reports);
