namespace Assessment.Domain.Assessments;

/// <summary>Where and when the reports were forwarded (överlämnande): the municipality's kommunkod and the day.</summary>
internal sealed record Forwarding(string Municipality, DateOnly On);
