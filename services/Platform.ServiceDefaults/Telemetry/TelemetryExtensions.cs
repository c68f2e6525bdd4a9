using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Health;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>Traces, metrics and logs through OpenTelemetry's hosting package and instrumentations.</summary>
public static class TelemetryExtensions
{
    private const string MassTransit = "MassTransit";

    // The instrumentations' opt-outs of query redaction (values become "Redacted").
    private static readonly string[] QueryRedactionOptOuts =
        ["OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION", "OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION"];

    /// <summary>
    /// Adds OpenTelemetry for this service when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the exporter
    /// and the SDK read the service name and the rest of the OTEL_* settings themselves.
    /// </summary>
    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName.ToLowerInvariant();
        var sourceName = ServiceTelemetry.SourceName(serviceName);
        builder.Services.AddSingleton(_ => new ServiceTelemetry(serviceName));

        // Listening without an exporter would record every span of every request for nothing.
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        // A query value may be anything a caller typed, an identity number too: no setting may export it.
        foreach (var optOut in QueryRedactionOptOuts)
        {
            builder.Configuration[optOut] = "false";
        }

        builder.Logging.AddOpenTelemetry();
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                // Parent-based: a service follows the decision of the gateway or the publisher, so traces stay whole.
                .SetSampler(new ParentBasedSampler(new ConfiguredRatioSampler(builder.Configuration)))
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsHealthPath(context.Request.Path);
                    // An exception message may quote what the caller sent.
                    o.RecordException = false;
                })
                .AddHttpClientInstrumentation(o =>
                {
                    o.FilterHttpRequestMessage = request => request.RequestUri is not { } uri || !IsHealthPath(uri.AbsolutePath);
                    o.RecordException = false;
                })
                .AddSource(MassTransit, sourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransit, sourceName))
            .UseOtlpExporter();
        return builder;
    }

    // Probes arrive every few seconds from every orchestrator; recording them would bury the traces operators look for.
    private static bool IsHealthPath(PathString path) => path.StartsWithSegments(HealthEndpoints.Prefix);
}
