using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>A span as an operator's collector would receive it.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind);

/// <summary>
/// An OTLP/HTTP (protobuf) collector inside the test process: the services export to it exactly
/// as they would to a real collector, and tests read the spans back.
/// </summary>
public sealed class OtlpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpSink(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans;

    /// <summary>Every raw OTLP request body received, to check that nothing personal was exported.</summary>
    public ConcurrentQueue<byte[]> RawExports { get; } = new();

    public static async Task<OtlpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var sink = new OtlpSink(builder.Build());
        sink._app.MapPost("/v1/{signal}", sink.ReceiveAsync);
        await sink._app.StartAsync();
        var address = sink._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.Endpoint = address;
        return sink;
    }

    private async Task<IResult> ReceiveAsync(string signal, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        RawExports.Enqueue(bytes);
        if (signal == "traces")
        {
            ReadTraces(bytes);
        }

        return Results.Bytes([], "application/x-protobuf");
    }

    // ExportTraceServiceRequest: 1 resource_spans { 1 resource { 1 attributes }, 2 scope_spans { 2 spans } }
    private void ReadTraces(byte[] request)
    {
        var reader = new ProtobufReader(request);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                ReadResourceSpans(reader.ReadBytes());
            }
            else
            {
                reader.Skip(wire);
            }
        }
    }

    private void ReadResourceSpans(ReadOnlySpan<byte> resourceSpans)
    {
        var service = string.Empty;
        var spans = new List<byte[]>();
        var reader = new ProtobufReader(resourceSpans);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                service = ServiceName(reader.ReadBytes());
            }
            else if (field == 2 && wire == 2)
            {
                var scope = new ProtobufReader(reader.ReadBytes());
                while (scope.TryReadField(out var f, out var w))
                {
                    if (f == 2 && w == 2)
                    {
                        spans.Add(scope.ReadBytes().ToArray());
                    }
                    else
                    {
                        scope.Skip(w);
                    }
                }
            }
            else
            {
                reader.Skip(wire);
            }
        }

        foreach (var span in spans)
        {
            _spans.Enqueue(ReadSpan(service, span));
        }
    }

    private static ReceivedSpan ReadSpan(string service, ReadOnlySpan<byte> span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var kind = 0;
        var reader = new ProtobufReader(span);
        while (reader.TryReadField(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (1, 2): traceId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (2, 2): spanId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (4, 2): parent = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (5, 2): name = Encoding.UTF8.GetString(reader.ReadBytes()); break;
                case (6, 0): kind = (int)reader.ReadVarint(); break;
                default: reader.Skip(wire); break;
            }
        }

        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    // Resource { 1 attributes: KeyValue { 1 key, 2 value: AnyValue { 1 string_value } } }
    private static string ServiceName(ReadOnlySpan<byte> resource)
    {
        var reader = new ProtobufReader(resource);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field != 1 || wire != 2)
            {
                reader.Skip(wire);
                continue;
            }

            var attribute = new ProtobufReader(reader.ReadBytes());
            string? key = null, value = null;
            while (attribute.TryReadField(out var f, out var w))
            {
                if (f == 1 && w == 2)
                {
                    key = Encoding.UTF8.GetString(attribute.ReadBytes());
                }
                else if (f == 2 && w == 2)
                {
                    var any = new ProtobufReader(attribute.ReadBytes());
                    while (any.TryReadField(out var af, out var aw))
                    {
                        if (af == 1 && aw == 2)
                        {
                            value = Encoding.UTF8.GetString(any.ReadBytes());
                        }
                        else
                        {
                            any.Skip(aw);
                        }
                    }
                }
                else
                {
                    attribute.Skip(w);
                }
            }

            if (key == "service.name")
            {
                return value ?? string.Empty;
            }
        }

        return string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
