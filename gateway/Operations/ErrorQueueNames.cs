using System.Text;
using Platform.ServiceDefaults.Problems;

namespace Gateway.Operations;

/// <summary>
/// MassTransit parks a message its consumer kept failing on in <c>{queue}_error</c>, and one no consumer
/// of the endpoint takes in <c>{queue}_skipped</c>; only those queues are an operator's to read and replay.
/// </summary>
internal static class ErrorQueueNames
{
    public const string Field = "queue";

    private static readonly string[] Suffixes = ["_error", "_skipped"];

    // AMQP's limit on a queue name (a short string).
    private const int MaxBytes = 255;

    public static bool IsParking(string queue) => Origin(queue) is not null;

    /// <summary>The queue the parked messages came from, or null when the name is not an error or skipped queue.</summary>
    public static string? Origin(string queue) =>
        Suffixes.FirstOrDefault(s => queue.Length > s.Length && queue.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? queue[..^suffix.Length]
            : null;

    /// <summary>Adds the field error when the route's queue cannot be an error or skipped queue.</summary>
    public static ValidationErrors Check(string queue, ValidationErrors errors) =>
        errors.Require(IsParking(queue) && Encoding.UTF8.GetByteCount(queue) <= MaxBytes, Field,
            $"An error or skipped queue: a name ending in {string.Join(" or ", Suffixes)}, at most {MaxBytes} bytes.");
}
