using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Platform.BuildingBlocks.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>Keeps the <c>idempotent_requests</c> table in the service's model (ADR 22).</summary>
    public static ModelBuilder KeepIdempotentRequests(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new IdempotentRequestConfiguration());

    /// <summary>
    /// A write that creates or appends something, and so would be done twice by a client's retry after a lost
    /// answer, honours an <c>Idempotency-Key</c>. Put it last, after the filters that refuse or log, so a retry
    /// passes them again.
    /// </summary>
    public static RouteHandlerBuilder AcceptsIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<RouteHandlerBuilder, IdempotencyKeyFilter>();
}
