using System.Globalization;
using System.Text;

namespace Platform.Bench.Chaos;

/// <summary>The run's figures as Markdown: what was accepted, what arrived, what each fault cost.</summary>
internal static class ChaosReport
{
    public static string Render(ChaosRun run)
    {
        var cases = run.Cases;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Fault run {run.StartedAt:yyyy-MM-dd HH:mm} UTC{(run.Settings.Short ? " (short)" : "")}: {(run.Clean ? "clean" : "NOT CLEAN")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{run.Settings.Rate} cases a second for about {run.Settings.Duration.TotalSeconds:0} s; every {ChaosSettings.FurtherEvery}rd anmälan driven on to an investigation, every {ChaosSettings.PlacementEvery}nd investigation on to a placement, started and visited.");
        md.AppendLine();
        md.AppendLine("| accepted through the gateway (2xx) | count |");
        md.AppendLine("|---|---:|");
        Row(md, "reports registered", cases.Count(c => c.ReportId is not null));
        Row(md, "protection assessments", cases.Count(c => c.ProtectionAccepted));
        Row(md, "decisions to open an investigation", cases.Count(c => c.DecisionAccepted));
        Row(md, "investigations listed", cases.Count(c => c.InvestigationId is not null));
        Row(md, "decisions to place the child", cases.Count(c => c.PlacementDecisionAccepted));
        Row(md, "placements listed", cases.Count(c => c.PlacementId is not null));
        Row(md, "placements started", cases.Count(c => c.PlacementStarted));
        Row(md, "placement visits", cases.Count(c => c.VisitAccepted));
        Row(md, "requests retried (same request, same key)", run.Retries);
        md.AppendLine();
        md.AppendLine("| messages | count |");
        md.AppendLine("|---|---:|");
        Row(md, "delivered by the broker", run.BrokerDelivered);
        Row(md, "redelivered by the broker", run.BrokerRedelivered);
        Row(md, "processed (inbox rows, every consumer)", run.Messages.Processed);
        Row(md, "held for a delayed redelivery (outbox)", run.Messages.DelayedRedeliveries);
        Row(md, "in error queues", run.Parked.Sum(p => p.Count));
        Row(md, "dead outbox rows", run.Messages.DeadOutboxRows);
        md.AppendLine(CultureInfo.InvariantCulture, $"\nBacklog drained before counting: {(run.Drained ? "yes" : "NO")}.");
        foreach (var parked in run.Parked)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{parked.Queue}`: {parked.Count} × {parked.Reason}");
        }

        md.AppendLine();
        md.AppendLine("| fault (SIGKILL) | processes killed | starts | healthy after | recovered after (end to end) |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var fault in run.Faults)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {fault.Resource} | {fault.ProcessesKilled} | {fault.Starts} | {fault.Healthy.TotalSeconds:0.0} s | {fault.Recovered.TotalSeconds:0.0} s |");
        }

        md.AppendLine();
        md.AppendLine("| ledger | expected | found | lost | applied twice |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var line in run.Ledger)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {line.Service}: {line.What} | {line.Expected} | {line.Found} | {line.Lost} | {line.Doubled} |");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"\nLost: {run.Lost}. Applied twice: {run.Doubled}.");
        foreach (var (what, count) in run.Unexpected)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- a case stopped {count} × at {what}");
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string what, long count) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {count} |");
}
