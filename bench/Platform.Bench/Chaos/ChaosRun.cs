using Platform.Bench.Chaos.Faults;
using Platform.Bench.Chaos.Flow;
using Platform.Bench.Chaos.Ledger;

namespace Platform.Bench.Chaos;

/// <summary>Everything a fault run found; clean when every fault recovered, the backlog drained, and nothing is lost or doubled.</summary>
internal sealed record ChaosRun(
    DateTimeOffset StartedAt,
    ChaosSettings Settings,
    IReadOnlyCollection<CaseRecord> Cases,
    long Retries,
    IReadOnlyList<FaultResult> Faults,
    bool Drained,
    IReadOnlyList<LedgerLine> Ledger,
    MessageFigures Messages,
    long BrokerDelivered,
    long BrokerRedelivered,
    IReadOnlyList<ParkedMessages> Parked)
{
    public long Lost => Ledger.Sum(l => l.Lost);

    public long Doubled => Ledger.Sum(l => l.Doubled);

    public bool Clean => Drained && Lost == 0 && Doubled == 0 && Faults.Count == Settings.Faults.Count;

    /// <summary>Cases the flow stopped with an answer it did not expect, by step and answer.</summary>
    public IEnumerable<(string What, int Count)> Unexpected =>
        Cases.Where(c => c.Unexpected is not null).GroupBy(c => c.Unexpected!).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2);
}
