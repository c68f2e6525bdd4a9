using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>
/// Sends cases through the gateway, within each municipality's rate limit, and checks each answer:
/// never a 5xx, a 400 is a problem whose <c>errors</c> name a field, and a bad token is a 401.
/// </summary>
internal sealed class FuzzRun(PlatformFixture platform) : IDisposable
{
    private const int Parallelism = 3;
    private readonly ConcurrentDictionary<string, RateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly HttpClient _gateway = platform.CreateGatewayClient();

    public ConcurrentQueue<string> Failures { get; } = new();

    /// <summary>Sends the cases; the statuses they got.</summary>
    public async Task<HttpStatusCode[]> SendAllAsync(IReadOnlyList<FuzzCase> cases)
    {
        var statuses = new HttpStatusCode[cases.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, _) => statuses[i] = await SendAsync(cases[i]));
        return statuses;
    }

    public void Dispose()
    {
        _gateway.Dispose();
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }

    private async Task<HttpStatusCode> SendAsync(FuzzCase fuzz)
    {
        while (true)
        {
            // Below the gateway's own bucket (TestSettings.TenantBurst), so no case is turned away before it reaches a service.
            using var lease = await _buckets.GetOrAdd(fuzz.Caller.RateBucket, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = TestSettings.TenantBurst / 2, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = int.MaxValue,
            })).AcquireAsync();
            using var request = new HttpRequestMessage(fuzz.Method, new Uri(fuzz.Path, UriKind.Relative));
            if (fuzz.Caller.Token is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (fuzz.Method != HttpMethod.Get && fuzz.Body is { } body)
            {
                request.Content = new StringContent(body, Encoding.UTF8, fuzz.MediaType);
            }

            using var response = await _gateway.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                await CheckAsync(fuzz, response);
                return response.StatusCode;
            }
        }
    }

    private async Task CheckAsync(FuzzCase fuzz, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        string? failure = (status, fuzz.Expectation) switch
        {
            ( >= 500, _) => "a server error",
            (not 401, FuzzExpectation.Unauthorized) => "not a 401",
            (not 404, FuzzExpectation.NotFound) => "not a 404",
            ( < 400, FuzzExpectation.RefusedBeforeRouting) => "not refused",
            (_, FuzzExpectation.RefusedBeforeRouting) => null,
            (400, _) => NamesNoField(response, text),
            _ => null,
        };
        if (failure is not null)
        {
            Failures.Enqueue($"{Shortened(fuzz.ToString())}: {status} {failure}: {Shortened(text)}");
        }
    }

    private static string Shortened(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static string? NamesNoField(HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return "a 400 that is not a problem";
        }

        using var problem = JsonDocument.Parse(text);
        return problem.RootElement.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().Any()
            && errors.EnumerateObject().All(e => e.Name.Length > 0)
                ? null
                : "a 400 that names no field";
    }
}
