using System.Net;

namespace Platform.Bench.Hosting;

/// <summary>
/// An OTLP/HTTP endpoint that accepts and drops every export, so the tracing pass pays for
/// recording and exporting spans but not for a real collector's work on the same two cores.
/// </summary>
public sealed class NullOtlpCollector : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;
    private long exports;
    private long traceExports;

    private NullOtlpCollector(int port)
    {
        Endpoint = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Endpoint + "/");
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public string Endpoint { get; }

    /// <summary>Export requests received: traces, metrics and logs.</summary>
    public long Exports => Interlocked.Read(ref exports);

    /// <summary>Trace export requests received; proves sampling was on, or off, while a phase ran.</summary>
    public long TraceExports => Interlocked.Read(ref traceExports);

    public static NullOtlpCollector Start() => new(Aspire.AppHost.Processes.LoopbackPorts.Allocate(1)[0]);

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        try
        {
            await loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending accept this way.
        }

        listener.Close();
    }

    private async Task AcceptAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            await context.Request.InputStream.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref exports);
            if (context.Request.Url?.AbsolutePath.EndsWith("/v1/traces", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref traceExports);
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
