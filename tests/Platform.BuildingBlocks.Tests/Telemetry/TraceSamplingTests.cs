using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Configuration;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.BuildingBlocks.Tests.Telemetry;

public sealed class TraceSamplingTests
{
    [Fact]
    public void Given_no_ratio_configured_When_a_trace_starts_Then_it_is_sampled()
    {
        var sampler = new ConfiguredRatioSampler(new ConfigurationBuilder().Build());

        Assert.Equal(1.0, sampler.Ratio);
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler));
    }

    [Fact]
    public void Given_sampling_off_When_configuration_reloads_with_1_Then_traces_are_sampled()
    {
        var values = new Dictionary<string, string?> { [ConfiguredRatioSampler.RatioKey] = "0" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var sampler = new ConfiguredRatioSampler(configuration);
        Assert.Equal(SamplingDecision.Drop, Decide(sampler));

        configuration[ConfiguredRatioSampler.RatioKey] = "1";
        configuration.Reload();

        Assert.Equal(1.0, sampler.Ratio);
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("half")]
    public void Given_a_good_ratio_When_a_reload_brings_a_bad_one_Then_the_good_one_stays(string bad)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ConfiguredRatioSampler.RatioKey] = "0.25" }).Build();
        var sampler = new ConfiguredRatioSampler(configuration);

        configuration[ConfiguredRatioSampler.RatioKey] = bad;
        configuration.Reload();

        Assert.Equal(0.25, sampler.Ratio);
    }

    [Fact]
    public void Given_a_bad_ratio_at_start_When_the_sampler_is_built_Then_it_names_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ConfiguredRatioSampler.RatioKey] = "2" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ConfiguredRatioSampler(configuration));
        Assert.Contains(ConfiguredRatioSampler.RatioKey, error.Message);
    }

    [Fact]
    public async Task Given_an_operator_settings_file_When_it_is_edited_Then_the_running_sampler_follows()
    {
        var folder = Directory.CreateTempSubdirectory("operator-settings-");
        try
        {
            var file = Path.Combine(folder.FullName, "operator.json");
            await File.WriteAllTextAsync(file, """{ "Telemetry": { "TraceSampleRatio": 0 } }""");
            var builder = WebApplication.CreateSlimBuilder();
            builder.Configuration[OperatorSettingsFile.PathKey] = file;
            builder.AddOperatorSettingsFile();
            var sampler = new ConfiguredRatioSampler(builder.Configuration);
            Assert.Equal(0.0, sampler.Ratio);

            await File.WriteAllTextAsync(file, """{ "Telemetry": { "TraceSampleRatio": 1 } }""");

            // The file watcher reports after a short delay of its own; wait for it, with a generous bound.
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (sampler.Ratio != 1.0)
            {
                await Task.Delay(50, bound.Token);
            }

            Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static SamplingDecision Decide(Sampler sampler) =>
        sampler.ShouldSample(new SamplingParameters(default, ActivityTraceId.CreateRandom(), "request", ActivityKind.Server)).Decision;
}
