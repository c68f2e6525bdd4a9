using Placements.Data;
using Placements.Domain.Placements;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.Shared;

/// <summary>
/// A write on a placement as its feature sees it: the placement and the body that were read, the time of the
/// write, the errors to add to, and what the feature checks, changes and saves with.
/// </summary>
internal sealed record PlacementWrite<TRequest>(
    Placement Placement,
    TRequest Request,
    DateTimeOffset Now,
    ValidationErrors Errors,
    PlacementsDbContext Db,
    CurrentUser User,
    RegionalPublisher Region,
    CancellationToken CancellationToken);
