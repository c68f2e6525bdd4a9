using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.Placements;
using Placements.Domain.Settings;
using Placements.Features.GetPlacement;
using Platform.BuildingBlocks.Persistence;
using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.Shared;

/// <summary>What the writes on a placement share: the settings they count with, the check of a day, and showing the placement after the save.</summary>
internal static class PlacementWork
{
    public static async Task<PlacementSettings?> SettingsAsync(this PlacementsDbContext db, CancellationToken cancellationToken) =>
        await db.Settings.SingleOrDefaultAsync(cancellationToken);

    public static async Task<RulePeriod?> VisitPeriodAsync(this PlacementsDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        PlacementSettings.VisitPeriod(await db.SettingsAsync(cancellationToken), StockholmCalendar.LocalDate(now));

    /// <summary>Saves the write in one transaction (409 on a concurrent change) and answers the placement as it is now: 200, or 201 for a new one.</summary>
    public static async Task<IResult> SaveAndShowAsync(this PlacementsDbContext db, Placement placement, DateTimeOffset now, CancellationToken cancellationToken, bool created = false)
    {
        if (await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var shown = await db.ShowAsync(placement, now, cancellationToken);
        return created ? Results.Created($"/api/placements/placements/{placement.Id}", shown) : Results.Ok(shown);
    }

    public static async Task<PlacementDetails> ShowAsync(this PlacementsDbContext db, Placement p, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var visitPeriod = await db.VisitPeriodAsync(now, cancellationToken);
        var records = await db.DutyRecords.Where(r => r.PlacementId == p.Id).OrderBy(r => r.DoneOn).ThenBy(r => r.RecordedAt).ToListAsync(cancellationToken);
        return new PlacementDetails(
            p.Id, p.InterventionId, p.ChildId, p.Unit, p.Status, p.Type, p.LegalBasis, p.LongTermCare, p.ChildGender,
            p.ProviderOrganisationNumber, p.FosterHomeId, p.CostPerDay, p.StartedOn, p.EndedOn, p.Ending, p.EndReason, p.ReviewKind,
            [.. p.OpenDuties(visitPeriod).OrderBy(d => d.DueAt).Select(d => d.View(now))],
            [.. records.Select(r => new DutyRecordView(
                r.Kind, r.DoneOn, r.DueAt, r.WithinDeadline, r.ReviewKind, r.ProtocolParagraph, r.CareContinues, r.IndividualConversation,
                r.Note, r.RecordedByName, r.RecordedByRole, r.RecordedAt))],
            p.Version);
    }

    /// <summary>A day a duty was done: not before the placement started, and not after today.</summary>
    public static void CheckDay(DateOnly? day, string field, Placement placement, DateTimeOffset now, ValidationErrors errors)
    {
        if (day is not { } value)
        {
            errors.Add(field, "Required: a local day, yyyy-MM-dd.");
        }
        else if (value > StockholmCalendar.LocalDate(now))
        {
            errors.Add(field, "Cannot be later than today.");
        }
        else if (placement.StartedOn is { } started && value < started)
        {
            errors.Add(field, $"Cannot be earlier than the placement's start ({started:yyyy-MM-dd}).");
        }
    }
}
