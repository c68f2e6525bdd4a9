using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.FollowUp;
using Placements.Domain.Placements;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.ProviderRating;

/// <summary>A provider's rating in the municipality: per indicator the average rating and child's answer, with how many answers lie behind each.</summary>
internal sealed record ProviderRatingResponse(string OrganisationNumber, int Dialogues, int Placements, IReadOnlyList<IndicatorRating> Indicators);

internal sealed record IndicatorRating(Indicator Indicator, decimal? AverageRating, int Ratings, decimal? AverageChildAnswer, int ChildAnswers);

/// <summary><c>GET /providers/{orgNo}/rating</c>: computed from the follow-up dialogues of the caller's municipality, no person shown; 404 for a provider it has never placed with.</summary>
internal static class ProviderRatingEndpoint
{
    public static RouteGroupBuilder MapProviderRating(this RouteGroupBuilder group)
    {
        group.MapGet("/providers/{orgNo}/rating", HandleAsync).Produces<ProviderRatingResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> HandleAsync(string orgNo, PlacementsDbContext db, CancellationToken cancellationToken)
    {
        if (OrganisationNumber.Normalise(orgNo) is not { } provider)
        {
            return new ValidationErrors().Add("orgNo", "Not a valid Swedish organisation number (ten digits, NNNNNN-NNNN, with its check digit).").ToProblem();
        }

        if (!await db.Placements.AnyAsync(p => p.ProviderOrganisationNumber == provider, cancellationToken))
        {
            return Problems.NotFound("A placement with this provider in the municipality");
        }

        var dialogues = db.Dialogues.Where(d => d.ProviderOrganisationNumber == provider);
        var counts = await dialogues.GroupBy(_ => 1)
            .Select(g => new { Dialogues = g.Count(), Placements = g.Select(d => d.PlacementId).Distinct().Count() })
            .FirstOrDefaultAsync(cancellationToken);
        var answers = await db.IndicatorAnswers
            .Join(dialogues, a => a.DialogueId, d => d.Id, (a, _) => a)
            .GroupBy(a => a.Indicator)
            .Select(g => new
            {
                Indicator = g.Key,
                AverageRating = g.Average(a => (decimal?)a.Rating),
                Ratings = g.Count(),
                AverageChildAnswer = g.Average(a => (decimal?)a.ChildAnswer),
                ChildAnswers = g.Count(a => a.ChildAnswer != null),
            })
            .ToListAsync(cancellationToken);
        var indicators = Enum.GetValues<Indicator>().Select(i => answers.FirstOrDefault(a => a.Indicator == i) is { } a
            ? new IndicatorRating(i, Round(a.AverageRating), a.Ratings, Round(a.AverageChildAnswer), a.ChildAnswers)
            : new IndicatorRating(i, null, 0, null, 0)).ToList();
        return Results.Ok(new ProviderRatingResponse(provider, counts?.Dialogues ?? 0, counts?.Placements ?? 0, indicators));
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2) : null;
}
