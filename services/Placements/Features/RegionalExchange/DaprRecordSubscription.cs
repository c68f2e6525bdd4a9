using System.Security.Cryptography;
using System.Text;
using Platform.Contracts.Placements;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RegionalExchange;

/// <summary>
/// Regional records delivered by a Dapr sidecar from pub/sub (<see cref="PubSub"/>, topic <see cref="Topic"/>),
/// as CloudEvents 1.0 that <c>UseCloudEvents</c> unwraps. The sidecar carries no user's token: it proves itself
/// with the app API token (<c>dapr-api-token</c>, the sidecar's <c>APP_API_TOKEN</c>), compared with
/// <c>Placements:Regional:DaprApiToken</c>; without that setting the endpoint refuses everything. Which
/// municipalities may publish to the topic is the pub/sub component's scoping. The answers follow Dapr's
/// protocol: SUCCESS when applied or already there, DROP for a record that can never be valid (a retry would
/// not help), 401 (retried) when the sidecar is not the configured one.
/// </summary>
internal static class DaprRecordSubscription
{
    public const string PubSub = "regional-pubsub";
    public const string Topic = "regional-placement-records";
    public const string Route = "/api/placements/regional/dapr/records";
    public const string TokenHeader = "dapr-api-token";
    public const string TokenSetting = "Placements:Regional:DaprApiToken";

    public static WebApplication MapDaprRecordSubscription(this WebApplication app)
    {
        app.MapSubscribeHandler().AllowAnonymous();
        app.MapPost(Route, HandleAsync).AllowAnonymous().WithTopic(PubSub, Topic).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest http, IConfiguration configuration, RegionalRecordStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!IsTheSidecar(http, configuration[TokenSetting]))
        {
            return Results.Unauthorized();
        }

        var errors = new ValidationErrors();
        var record = await JsonRequestBody.ReadAsync<RegionalPlacementRecord>(http, errors, cancellationToken);
        if (record is null || RegionalRecordValidation.Validate(record, errors) is not { } valid)
        {
            // Field names only: the values are never logged.
            loggers.CreateLogger(typeof(DaprRecordSubscription)).LogWarning("Dropped an invalid regional record from pub/sub; fields: {Fields}",
                string.Join(",", errors.ToDictionary().Keys));
            return Results.Ok(new { status = "DROP" });
        }

        await store.ApplyAsync(valid, cancellationToken);
        return Results.Ok(new { status = "SUCCESS" });
    }

    private static bool IsTheSidecar(HttpRequest http, string? expected) =>
        expected is { Length: > 0 }
        && http.Headers[TokenHeader].ToString() is { Length: > 0 } given
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
