using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.SelfAudit;

/// <summary>A unit's yearly sample as drawn: the seed and the population it was drawn from, so the draw can be repeated.</summary>
internal sealed class SelfAuditSample : ITenantOwned
{
    public const int Size = 20;

    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    public int Year { get; init; }

    public int Seed { get; init; }

    public List<Guid> Population { get; init; } = [];

    /// <summary>Each population case's stratum when drawn, in the order of <see cref="Population"/>.</summary>
    public List<string> PopulationStrata { get; init; } = [];

    /// <summary>Each population case's caseworker pseudonym when drawn, in the order of <see cref="Population"/>.</summary>
    public List<string> PopulationCaseworkers { get; init; } = [];

    public List<Guid> CaseIds { get; init; } = [];

    public DateTimeOffset DrawnAt { get; init; }

    public string DrawnBy { get; init; } = string.Empty;

    public bool TooFewCases => CaseIds.Count < Size;

    public IEnumerable<SampleCandidate> Candidates() =>
        Population.Select((id, i) => new SampleCandidate(id, PopulationStrata[i], PopulationCaseworkers.ElementAtOrDefault(i) ?? SampleCandidate.UnknownCaseworker));
}
