using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header: one value of visible ASCII, as a client library generates it.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>Sent with a stored answer given again, as several payment APIs do, so a client and an operator can tell.</summary>
    public const string ReplayedName = "Idempotent-Replayed";

    public const int MaxLength = 100;

    /// <summary>The key, or null when the request has none; an unusable key is added to <paramref name="errors"/>.</summary>
    public static string? Read(HttpRequest request, ValidationErrors errors)
    {
        if (!request.Headers.TryGetValue(Name, out var values))
        {
            return null;
        }

        var key = values.ToString().Trim();
        var valid = IsUsable(values, key);
        errors.Require(valid, Name, $"One value of 1 to {MaxLength} visible ASCII characters.");
        return valid ? key : null;
    }

    private static bool IsUsable(StringValues values, string key) =>
        values.Count == 1 && key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and <= '~');
}
