namespace Gateway.Limits;

/// <summary>
/// Refuses a declared oversized body with 413 before anything is proxied; Kestrel's own limit
/// catches a chunked body that grows past it while it streams.
/// </summary>
internal static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<GatewayLimits>().MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
                    detail: $"At most {limit} bytes are accepted.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
