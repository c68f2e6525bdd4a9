using Quality.Domain.SelfAudit;

namespace Quality.Features.SelfAudit;

/// <summary>A sampled case with what it was spread over: its stratum, and its caseworker's pseudonym (or <c>unknown</c>).</summary>
internal sealed record SampledCaseView(Guid CaseId, string Stratum, string Caseworker);

/// <summary>A drawn sample: the seed and population that reproduce it, and whether the unit had too few cases.</summary>
internal sealed record SampleView(
    Guid SampleId, string Unit, int Year, int Seed, int PopulationSize, int Size, bool TooFewCases, string? Note,
    DateTimeOffset DrawnAt, IReadOnlyList<Guid> Population, IReadOnlyList<SampledCaseView> Cases)
{
    public static SampleView Of(SelfAuditSample sample)
    {
        var candidates = sample.Candidates().ToDictionary(c => c.CaseId);
        return new(sample.Id, sample.Unit, sample.Year, sample.Seed, sample.Population.Count, sample.CaseIds.Count, sample.TooFewCases,
            sample.TooFewCases ? $"The unit had {sample.Population.Count} cases in {sample.Year}, fewer than {SelfAuditSample.Size}: all are taken." : null,
            sample.DrawnAt, sample.Population, [.. sample.CaseIds.Select(id => new SampledCaseView(id, candidates[id].Stratum, candidates[id].Caseworker))]);
    }
}

internal sealed record ChecklistView(Guid CaseId, string? Unit, bool Sampled, IReadOnlyList<ChecklistAnswer> Items);

internal sealed record ItemTally(int Yes, int No, int NotApplicable, int ForTheReviewer, double? ShareYes)
{
    public static ItemTally Of(IEnumerable<string> answers)
    {
        var counts = answers.GroupBy(a => a, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var (yes, no) = (counts.GetValueOrDefault(ChecklistAnswers.Yes), counts.GetValueOrDefault(ChecklistAnswers.No));
        return new(yes, no, counts.GetValueOrDefault(ChecklistAnswers.NotApplicable), counts.GetValueOrDefault(ChecklistAnswers.ForTheReviewer),
            yes + no == 0 ? null : Math.Round((double)yes / (yes + no), 4));
    }
}

internal sealed record ItemResult(string Item, ItemTally ThisYear, ItemTally LastYear);

internal sealed record SelfAuditResultsView(string Unit, int Year, int Cases, int PreviousYear, int PreviousCases, IReadOnlyList<ItemResult> Items);
