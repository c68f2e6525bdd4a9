using Investigation.Data;
using Investigation.Domain.Caseworkers;
using Microsoft.EntityFrameworkCore;

namespace Investigation.Features.DecideInvestigation;

internal static class CaseworkerPseudonyms
{
    /// <summary>
    /// The user's pseudonym in the municipality, made on first use and saved with the caller's changes. Two first
    /// uses at once collide on the key: the later save is a 409 and its retry finds the row.
    /// </summary>
    public static async Task<Guid?> OfAsync(InvestigationDbContext db, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return null;
        }

        if (await db.CaseworkerPseudonyms.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken) is { } known)
        {
            return known.Pseudonym;
        }

        var made = new CaseworkerPseudonym { UserId = userId, Pseudonym = Guid.NewGuid() };
        db.CaseworkerPseudonyms.Add(made);
        return made.Pseudonym;
    }
}
