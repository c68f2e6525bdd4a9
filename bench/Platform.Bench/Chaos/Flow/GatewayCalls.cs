using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.Bench.Chaos.Flow;

/// <summary>
/// Requests through the gateway as a careful client sends them: a failed connection or a 5xx (a
/// process down, the database gone) is retried with the very same request, Idempotency-Key
/// included, until it is answered or <see cref="GiveUpAfter"/> passes.
/// </summary>
internal sealed class GatewayCalls(HttpClient client, AuthenticationHeaderValue token)
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(4);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);
    private static long retries;

    /// <summary>Attempts beyond the first, over every client of the run.</summary>
    public static long Retries => Interlocked.Read(ref retries);

    public Task<Answer> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    public Task<Answer> PostAsync(string path, string json, CancellationToken cancellationToken, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, path, json, idempotencyKey, cancellationToken);

    public Task<Answer> PutAsync(string path, string json, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, json, null, cancellationToken);

    private async Task<Answer> SendAsync(HttpMethod method, string path, string? json, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + GiveUpAfter;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(method, path);
                request.Headers.Authorization = token;
                if (idempotencyKey is not null)
                {
                    request.Headers.Add("Idempotency-Key", idempotencyKey);
                }

                if (json is not null)
                {
                    request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request, cancellationToken);
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    var body = text.Length > 0 && text[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default;
                    return new Answer(response.StatusCode, body, attempt);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The process behind the gateway, or the gateway itself, is down: try again.
            }

            if (DateTime.UtcNow > until)
            {
                return new Answer(null, default, attempt);
            }

            Interlocked.Increment(ref retries);
            await Task.Delay(RetryDelay, cancellationToken);
        }
    }
}
