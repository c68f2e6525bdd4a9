namespace Platform.Bench.Results;

/// <summary>One line of the targets table.</summary>
public sealed record TargetRow(string Measure, string Target, string Result, bool? Met);
