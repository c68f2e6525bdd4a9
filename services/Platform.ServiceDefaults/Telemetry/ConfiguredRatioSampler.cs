using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// Samples the share of new traces that <c>Telemetry:TraceSampleRatio</c> says (default: all), and
/// follows configuration reloads, so an operator can turn sampling down or up in a running service
/// through the operator settings file. A reloaded value outside 0–1 is ignored and the last good
/// one kept: a typo must not stop tracing or the service.
/// </summary>
public sealed class ConfiguredRatioSampler : Sampler
{
    /// <summary>The configuration key of the ratio.</summary>
    public const string RatioKey = "Telemetry:TraceSampleRatio";

    private readonly IConfiguration configuration;
    private volatile RatioState state;

    /// <summary>Reads the ratio now and again after every reload of <paramref name="configuration"/>.</summary>
    public ConfiguredRatioSampler(IConfiguration configuration)
    {
        this.configuration = configuration;
        state = new RatioState(ReadRatio(configuration) ?? throw new InvalidOperationException($"{RatioKey} must be a number from 0 to 1."));
        ChangeToken.OnChange(configuration.GetReloadToken, Reload);
        Description = nameof(ConfiguredRatioSampler);
    }

    /// <summary>The ratio in force.</summary>
    public double Ratio => state.Ratio;

    /// <inheritdoc />
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) => state.Sampler.ShouldSample(samplingParameters);

    private void Reload()
    {
        if (ReadRatio(configuration) is { } ratio && ratio != state.Ratio)
        {
            state = new RatioState(ratio);
        }
    }

    private static double? ReadRatio(IConfiguration configuration)
    {
        var text = configuration[RatioKey];
        if (text is null)
        {
            return 1.0;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1
            ? ratio
            : null;
    }

    private sealed class RatioState(double ratio)
    {
        public double Ratio { get; } = ratio;

        public Sampler Sampler { get; } = ratio switch
        {
            0 => new AlwaysOffSampler(),
            1 => new AlwaysOnSampler(),
            _ => new TraceIdRatioBasedSampler(ratio),
        };
    }
}
