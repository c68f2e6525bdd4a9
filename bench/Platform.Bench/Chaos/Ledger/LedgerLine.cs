namespace Platform.Bench.Chaos.Ledger;

/// <summary>A check's figures: what the accepted requests promise, what was found of it, what is missing, what is there twice.</summary>
internal sealed record LedgerLine(string Service, string What, long Expected, long Found, long Lost, long Doubled);
