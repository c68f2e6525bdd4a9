using Investigation.Data;
using Investigation.Domain.Investigations;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Investigation;

namespace Investigation.Consumers;

/// <summary>One open investigation per child: a request or application about a child already under investigation attaches its reports to it.</summary>
internal static class InvestigationOpening
{
    public static async Task OpenOrAttachAsync(
        InvestigationDbContext db, IReadOnlyList<ReportRecord> reports, InvestigationOrigin origin, Guid? assessmentId, string? unit,
        bool violenceConcern, DateTimeOffset openedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var childId = reports[0].ChildId;
        var open = await db.OpenInvestigationOfAsync(childId, cancellationToken);
        if (open is not null)
        {
            foreach (var report in reports)
            {
                open.Attach(report, now);
            }

            open.HasViolenceConcern |= violenceConcern;
            return;
        }

        var lastClosed = await db.LastClosedOfAsync(childId, cancellationToken);
        var opened = ChildInvestigation.Open(reports[0], origin, assessmentId, unit, violenceConcern || reports.Any(r => r.HasViolenceConcern), openedAt, lastClosed);
        foreach (var report in reports.Skip(1))
        {
            opened.Attach(report, now);
        }

        db.Investigations.Add(opened);
        db.AddEvent(InvestigationEvents.Opened(opened));
    }
}
