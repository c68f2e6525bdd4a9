using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using RabbitMQ.Client.Exceptions;

namespace Gateway.Operations;

/// <summary>
/// <c>/api/operations/error-queues</c>: the broker's error and skipped queues for the platform's operators,
/// to see what failed and, once the cause is fixed, send it back to its consumer (ADR 21).
/// </summary>
internal static class ErrorQueueEndpoints
{
    public const int DefaultTake = 20;

    public const int MaxTake = 100;

    public static WebApplication MapErrorQueues(this WebApplication app)
    {
        var group = app.MapGroup("/api/operations/error-queues").RequireOperator().WithTags("Operations");
        group.MapGet("", ListAsync)
            .Produces<IReadOnlyList<ErrorQueue>>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{queue}/messages", PeekAsync)
            .Produces<IReadOnlyList<ParkedMessage>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/{queue}/replay", ReplayAsync)
            .DocumentsJsonWrite<ReplayRequest, ReplayResult>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Task<IResult> ListAsync(BrokerManagement management, CancellationToken cancellationToken) =>
        Reaching(async () => Results.Ok(await management.ErrorQueuesAsync(cancellationToken)));

    private static Task<IResult> PeekAsync(string queue, int? take, ErrorQueueBroker broker, CancellationToken cancellationToken)
    {
        var errors = ErrorQueueNames.Check(queue, new ValidationErrors())
            .Require(take is null or >= 1 and <= MaxTake, "take", $"From 1 to {MaxTake}.");
        return !errors.IsValid
            ? Task.FromResult(errors.ToProblem())
            : Reaching(async () => await broker.PeekAsync(queue, take ?? DefaultTake, cancellationToken) is { } messages
                ? Results.Ok(messages)
                : NoSuchQueue());
    }

    private static async Task<IResult> ReplayAsync(string queue, HttpRequest http, ErrorQueueBroker broker, CancellationToken cancellationToken)
    {
        var errors = ErrorQueueNames.Check(queue, new ValidationErrors());
        var request = await JsonRequestBody.ReadAsync<ReplayRequest>(http, errors, cancellationToken);
        if (request?.Chosen(errors) is not { } chosen || !errors.IsValid)
        {
            return errors.ToProblem();
        }

        var origin = ErrorQueueNames.Origin(queue)!;
        return await Reaching(async () => await broker.ReplayAsync(queue, origin, chosen, cancellationToken) is { } moved
            ? Results.Ok(new ReplayResult(origin, moved))
            : NoSuchQueue());
    }

    private static IResult NoSuchQueue() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The queue was not found.",
            detail: $"The broker has no queue of the name in `{ErrorQueueNames.Field}`, or, for a replay, none of the name its messages came from.");

    /// <summary>The broker out of reach is a 503 the operator can retry, not an error of the gateway.</summary>
    private static async Task<IResult> Reaching(Func<Task<IResult>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException or PublishException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The broker did not answer.",
                detail: "Nothing was moved that the broker did not confirm; try again.");
        }
    }
}
