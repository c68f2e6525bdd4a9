using System.Text.Json;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Investigation.Domain.Documentation;

/// <summary>
/// One recording of a part of the documentation. A new recording is a new row (the table is
/// append-only): the latest of a single part is the one in force, the earlier ones its history; a
/// list part (consultations, kommunicering) holds every row.
/// </summary>
internal sealed class DocumentationRecord : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid InvestigationId { get; init; }

    public DocumentationPart Part { get; init; }

    /// <summary>The structured content as JSON, in the API's spelling.</summary>
    public string Content { get; init; } = "{}";

    public DateTimeOffset RecordedAt { get; init; }

    public string RecordedById { get; init; } = string.Empty;

    public string RecordedByName { get; init; } = string.Empty;

    public static string Serialize(IDocumentationContent content) => JsonSerializer.Serialize(content, content.GetType(), MessageJson.Options);

    public IDocumentationContent Read() => Part switch
    {
        DocumentationPart.InvestigationPlan => Deserialize<InvestigationPlanContent>(),
        DocumentationPart.ChildHeard => Deserialize<ChildHeardContent>(),
        DocumentationPart.Consultation => Deserialize<ConsultationContent>(),
        DocumentationPart.RiskAssessment => Deserialize<RiskAssessmentContent>(),
        DocumentationPart.PoliceReport => Deserialize<PoliceReportContent>(),
        DocumentationPart.Communication => Deserialize<CommunicationContent>(),
        _ => Deserialize<TextContent>(),
    };

    private T Deserialize<T>()
        where T : IDocumentationContent =>
        JsonSerializer.Deserialize<T>(Content, MessageJson.Options) ?? throw new InvalidOperationException($"Empty {Part} record {Id}.");
}
