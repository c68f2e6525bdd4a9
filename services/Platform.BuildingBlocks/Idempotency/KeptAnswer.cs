using Microsoft.AspNetCore.Http;

namespace Platform.BuildingBlocks.Idempotency;

/// <summary>An answer to a keyed write, sent the first time from memory and again to every retry from the store.</summary>
internal sealed record KeptAnswer(int StatusCode, string? Location, string? ContentType, byte[] Body, bool Replayed) : IResult, IStatusCodeHttpResult
{
    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (Replayed)
        {
            response.Headers[IdempotencyKeyHeader.ReplayedName] = "true";
        }

        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        return Body.Length == 0 ? Task.CompletedTask : response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }
}
