using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// The service's own activity source and meter, named after the service. Tags and metric
/// dimensions may carry ids, codes and outcomes, never names, identity numbers or free text.
/// </summary>
public sealed class ServiceTelemetry : IDisposable
{
    /// <summary>Creates the source and meter for a service.</summary>
    public ServiceTelemetry(string serviceName)
    {
        ServiceName = serviceName;
        Source = new ActivitySource(SourceName(serviceName));
        Meter = new Meter(SourceName(serviceName));
    }

    /// <summary>The service's name (also OpenTelemetry's <c>service.name</c>).</summary>
    public string ServiceName { get; }

    /// <summary>The service's activity source.</summary>
    public ActivitySource Source { get; }

    /// <summary>The service's meter.</summary>
    public Meter Meter { get; }

    /// <summary>The name of a service's activity source and meter.</summary>
    public static string SourceName(string serviceName) => "Platform." + serviceName;

    /// <inheritdoc />
    public void Dispose()
    {
        Source.Dispose();
        Meter.Dispose();
    }
}
