using PlatformConsole.Components.Shared;

namespace PlatformConsole.Intake;

/// <summary>The report form, field by field as <c>POST /api/intake/reports</c> takes it; the API checks it.</summary>
internal sealed class ReportForm
{
    public string ReceivedAt { get; set; } = "";
    public string Channel { get; set; } = "phone";
    public string Classification { get; set; } = "anmalan";
    public string? ClassificationReason { get; set; }
    public string ReporterCategory { get; set; } = "school";
    public bool IsMandatoryReporter { get; set; } = true;
    public bool RequestedFeedback { get; set; } = true;
    public string? ReporterName { get; set; }
    public string? ReporterOrganisation { get; set; }
    public string? ReporterContact { get; set; }
    public string? IdentityNumber { get; set; }
    public string? KnownName { get; set; }
    public string? BirthDate { get; set; }
    public string Gender { get; set; } = "unknown";
    public bool ProtectedIdentity { get; set; }
    public HashSet<string> Concerns { get; } = [];
    public string ViolenceByCloseRelative { get; set; } = "";
    public string? Description { get; set; }
    public string? Unit { get; set; }

    public static ReportForm Now(TimeProvider time) => new() { ReceivedAt = LocalInstant.Now(time) };

    public object ToRequest() => new
    {
        receivedAt = LocalInstant.ToIso(ReceivedAt),
        channel = Channel,
        classification = Classification,
        classificationReason = Blank(ClassificationReason),
        reporter = new
        {
            category = ReporterCategory,
            isMandatoryReporter = IsMandatoryReporter,
            requestedFeedback = RequestedFeedback,
            name = Blank(ReporterName),
            organisation = Blank(ReporterOrganisation),
            contact = Blank(ReporterContact),
        },
        child = string.IsNullOrWhiteSpace(IdentityNumber)
            ? (object)new { temporaryIdentity = new { knownName = Blank(KnownName), birthDate = Blank(BirthDate), gender = Gender }, protectedIdentity = ProtectedIdentity }
            : new { identityNumber = IdentityNumber.Trim(), protectedIdentity = ProtectedIdentity },
        concernCategories = Concerns.ToArray(),
        violenceByCloseRelative = ViolenceByCloseRelative switch { "ja" => true, "nej" => (bool?)false, _ => null },
        description = Blank(Description),
        unit = Blank(Unit),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
