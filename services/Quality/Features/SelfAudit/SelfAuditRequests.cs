namespace Quality.Features.SelfAudit;

internal sealed record DrawSampleRequest(string? Unit, int? Year, int? Seed);

internal sealed record ReviewerAnswerRequest(string? Answer);
