using System.Diagnostics;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>Requests that start a sampled trace of a known id, and the wait for its spans at the collector.</summary>
public static class TracedRequests
{
    public static HttpRequestMessage Create(HttpMethod method, string path, out string traceId)
    {
        traceId = ActivityTraceId.CreateRandom().ToHexString();
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return request;
    }

    /// <summary>Each process exports in its own batches, so the spans arrive in any order: waits until the trace is complete.</summary>
    public static Task<List<ReceivedSpan>> SpansOfAsync(this OtlpSink sink, string traceId, Func<List<ReceivedSpan>, bool> complete) =>
        ApiClients.EventuallyAsync(() => Task.FromResult(
            sink.Spans.Where(s => s.TraceId == traceId).ToList() is { } trace && complete(trace) ? trace : null));
}
