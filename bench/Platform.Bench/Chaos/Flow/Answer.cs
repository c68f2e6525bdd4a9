using System.Net;
using System.Text.Json;

namespace Platform.Bench.Chaos.Flow;

/// <summary>The answer a request finally got, after how many attempts; no status when it never got one.</summary>
internal sealed record Answer(HttpStatusCode? Status, JsonElement Body, int Attempts)
{
    public bool Succeeded => Status is { } status && (int)status is >= 200 and < 300;

    /// <summary>A 409 to a retry: an earlier attempt whose answer was lost may have applied it.</summary>
    public bool ConflictAfterRetry => Status == HttpStatusCode.Conflict && Attempts > 1;
}
