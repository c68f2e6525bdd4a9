namespace Platform.Bench.Chaos.Ledger;

/// <summary>Messages in one error queue with one reason.</summary>
internal sealed record ParkedMessages(string Queue, string Reason, long Count);
