using Platform.ServiceDefaults.Problems;
using Quality.Domain.Indicators;

namespace Quality.Features.ListIndicatorCases;

/// <summary>The optional narrowing of a drill-down to one gender, age band or category, as the splits name them.</summary>
internal sealed record CaseFilter(string? Gender, string? AgeBand, string? Category)
{
    public static CaseFilter Read(HttpRequest request, ValidationErrors errors)
    {
        string? Optional(string name) => request.Query[name].ToString() is { Length: > 0 } value ? value : null;
        var (gender, ageBand, category) = (Optional("gender"), Optional("ageBand"), Optional("category"));
        errors.Require(gender is null or "female" or "male" or "unknown", "gender", "The gender is female, male or unknown.");
        errors.Require(ageBand is null || AgeBands.All.Contains(ageBand), "ageBand", "The age band is one of " + string.Join(", ", AgeBands.All) + ".");
        errors.Require(category is null || category.Length <= 40, "category", "A category is at most 40 characters.");
        return new CaseFilter(gender, ageBand, category);
    }
}
