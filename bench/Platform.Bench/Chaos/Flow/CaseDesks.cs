using Platform.Bench.Hosting;
using Platform.Bench.Scenarios;

namespace Platform.Bench.Chaos.Flow;

/// <summary>
/// The municipalities the run works in: each with its delegation order, entered by its committee
/// secretary (the platform ships none, and a decision needs one), a qualified caseworker, and a
/// qualified unit manager, to whom the order delegates the decision to place a child.
/// </summary>
internal static class CaseDesks
{
    private const string DelegationOrder = """
        {"grants":[{"decision":"open-investigation","roles":["handlaggare"]},{"decision":"decide-placement","roles":["enhetschef"]}],
         "committeeDecidedOn":"2026-01-15","protocolParagraph":"§ 47","appliesFrom":"2026-01-15"}
        """;

    public static async Task<IReadOnlyList<CaseDesk>> OpenAsync(BenchPlatform platform, HttpClient gateway, CancellationToken cancellationToken)
    {
        var desks = new List<CaseDesk>();
        foreach (var municipality in BenchClients.Municipalities)
        {
            var secretary = await BenchClients.TokenAsync(gateway, Claims(municipality, "namndsekreterare", qualified: false), cancellationToken);
            var order = await new GatewayCalls(gateway, secretary).PutAsync("/api/assessment/delegation-order", DelegationOrder, cancellationToken);
            if (!order.Succeeded)
            {
                throw new InvalidOperationException($"The delegation order of {municipality} was refused: {order.Status} {order.Body}");
            }

            var caseworker = await BenchClients.TokenAsync(gateway, Claims(municipality, "handlaggare", qualified: true), cancellationToken);
            var manager = await BenchClients.TokenAsync(gateway, Claims(municipality, "enhetschef", qualified: true), cancellationToken);
            desks.Add(new CaseDesk(municipality, new GatewayCalls(gateway, caseworker), new GatewayCalls(gateway, manager)));
        }

        return desks;
    }

    private static object Claims(string municipality, string role, bool qualified) => new
    {
        sub = $"chaos-{role}-{municipality}",
        name = "Kaos Kaosson",
        municipality,
        role,
        qualified,
        lifetimeMinutes = 180,
    };
}
