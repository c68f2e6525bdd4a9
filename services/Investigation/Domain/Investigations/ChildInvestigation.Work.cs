using Investigation.Domain.Documentation;
using Platform.BuildingBlocks.Delegation;

namespace Investigation.Domain.Investigations;

internal sealed partial class ChildInvestigation
{
    /// <summary>The parts recorded as one entry each; the others are lists.</summary>
    private static readonly DocumentationPart[] ListParts = [DocumentationPart.Consultation, DocumentationPart.Communication];

    public void InformGuardians(DateOnly informedOn, InformedManner manner, string byName, DateTimeOffset now)
    {
        (GuardiansInformedOn, GuardiansInformedManner, GuardiansInformedRecordedAt, GuardiansInformedRecordedByName) = (informedOn, manner, now, byName);
        Version++;
    }

    /// <summary>Records a part of the documentation; an earlier recording of the same part stays in the history.</summary>
    public DocumentationRecord Record(DocumentationPart part, IDocumentationContent content, Decider by, DateTimeOffset now)
    {
        var record = new DocumentationRecord
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            InvestigationId = Id,
            Part = part,
            Content = DocumentationRecord.Serialize(content),
            RecordedAt = now,
            RecordedById = by.Id,
            RecordedByName = by.Name,
        };
        Documentation.Add(record);
        Version++;
        return record;
    }

    /// <summary>The recording in force of a single part: the latest.</summary>
    public DocumentationRecord? Current(DocumentationPart part) =>
        Documentation.Where(r => r.Part == part).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).LastOrDefault();

    public static bool IsList(DocumentationPart part) => ListParts.Contains(part);

    /// <summary>
    /// What the documentation still lacks before the investigation may be concluded, each by a stable
    /// kebab-case name: the risk assessment only with a violence concern, the police-report stance only
    /// when a crime against the child may be known.
    /// </summary>
    public IReadOnlyList<string> MissingParts()
    {
        var missing = new List<string>();
        if (GuardiansNotInformed)
        {
            missing.Add(MissingPartNames.GuardiansInformed);
        }

        foreach (var part in Enum.GetValues<DocumentationPart>().Where(IsRequired))
        {
            if (!Documentation.Any(r => r.Part == part))
            {
                missing.Add(MissingPartNames.Of(part));
            }
        }

        return missing;
    }

    private bool IsRequired(DocumentationPart part) => part switch
    {
        DocumentationPart.RiskAssessment => HasViolenceConcern,
        DocumentationPart.PoliceReport => RequiresPoliceReportStance,
        _ => true,
    };

    /// <summary>An extension is decided before the deadline in force has passed, never after.</summary>
    public bool MayStillBeExtended(DateTimeOffset now) => now < DueAt;

    public InvestigationExtension Extend(DateTimeOffset newDueAt, string reason, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
    {
        var extension = new InvestigationExtension(this, newDueAt, reason, decider, verdict, now);
        Extensions.Add(extension);
        DueAt = newDueAt;
        Version++;
        return extension;
    }
}
