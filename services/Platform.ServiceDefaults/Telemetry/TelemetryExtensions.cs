using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>Traces, metrics and logs built with the core OpenTelemetry SDK.</summary>
public static class TelemetryExtensions
{
    // The sources .NET and the libraries emit natively; the instrumentation packages are not available here.
    private static readonly string[] LibrarySources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit"];
    private static readonly string[] LibraryMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "Npgsql", "MassTransit", "System.Runtime"];

    /// <summary>
    /// Builds the OpenTelemetry SDK for this service. Exports over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the exporter reads the rest of the OTEL_* settings itself.
    /// </summary>
    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        // Without this switch ASP.NET Core's request activity on .NET 10 carries no HTTP tags.
        AppContext.SetSwitch("Microsoft.AspNetCore.Hosting.SuppressActivityOpenTelemetryData", false);

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName.ToLowerInvariant();
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = new ServiceTelemetry(serviceName);

        var sdk = OpenTelemetrySdk.Create(otel =>
        {
            otel.ConfigureResource(r => r.AddService(serviceName));
            otel.WithTracing(tracing =>
            {
                // Listening without an exporter would record every span of every request for nothing.
                if (exportOtlp)
                {
                    // Parent-based: a service follows the decision of the gateway or the publisher, so traces stay whole.
                    tracing.SetSampler(new ParentBasedSampler(new ConfiguredRatioSampler(builder.Configuration)));
                    tracing.AddSource([.. LibrarySources, ServiceTelemetry.SourceName(serviceName)]);
                    tracing.AddOtlpExporter();
                }
            });
            otel.WithMetrics(metrics =>
            {
                if (exportOtlp)
                {
                    metrics.AddMeter([.. LibraryMeters, ServiceTelemetry.SourceName(serviceName)]);
                    metrics.AddOtlpExporter();
                }
            });
            otel.WithLogging(logging =>
            {
                if (exportOtlp)
                {
                    logging.AddOtlpExporter();
                }
            });
        });

        builder.Services.AddSingleton(telemetry);
        builder.Services.AddSingleton(sdk);
        builder.Services.AddHostedService<TelemetryShutdown>();
        builder.Logging.AddProvider(new ForwardingLoggerProvider(sdk.GetLoggerFactory()));
        return builder;
    }
}
