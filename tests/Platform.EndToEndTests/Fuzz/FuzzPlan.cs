using System.Net;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>One operation's cases, where they go, and the check that the refused ones wrote nothing.</summary>
internal sealed class FuzzPlan(ApiOperation operation, FuzzTarget target, IReadOnlyList<FuzzCase> cases, string? stranger)
{
    private HttpStatusCode[] _statuses = [];

    public ApiOperation Operation => operation;

    public FuzzTarget Target => target;

    public IReadOnlyList<FuzzCase> Cases => cases;

    public string Summary => $"{operation.Name,-90} {cases.Count,4} cases  " + string.Join(' ', _statuses
        .GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));

    public static async Task<FuzzPlan> MakeAsync(PlatformFixture platform, ApiOperation operation, FuzzRecords records)
    {
        var real = operation.PathParameters.Select(p => records.Find(operation.Service, operation.Path, p.Name)).FirstOrDefault(r => r is not null);
        var municipality = real?.Municipality ?? Municipalities.Next();
        var values = operation.PathParameters.ToDictionary(p => p.Name, p =>
            records.Find(operation.Service, operation.Path, p.Name) is { } record && record.Municipality == municipality ? record.Id.ToString()
            : ApiSchemas.FormatOf(operation.Schemas.Resolve(p.Schema)) == "uuid" ? Guid.NewGuid().ToString() : "text");
        var others = await FuzzTokens.OthersAsync(platform, municipality);
        string? stranger = null;
        if (real is not null)
        {
            stranger = Municipalities.Next();
            others.Add(("other-municipality", await FuzzTokens.CaseworkerAsync(platform, stranger), FuzzExpectation.NotFound));
        }

        var target = new FuzzTarget(operation.Path, values, municipality, await FuzzTokens.CaseworkerAsync(platform, municipality), others, real is not null);
        return new FuzzPlan(operation, target, [.. FuzzCases.For(operation, target)], stranger);
    }

    /// <summary>Sends the cases; when all were refused, the municipality's rows are as before, and a stranger's are none.</summary>
    public async Task RunAsync(PlatformFixture platform, FuzzRun run)
    {
        var before = target.RealRecord ? await TenantRows.SettledAsync(platform, target.Municipality) : [];
        _statuses = await run.SendAllAsync(cases);
        var accepted = _statuses.Where(s => (int)s is >= 200 and < 300).ToList();
        if (accepted.Count == 0)
        {
            var after = await TenantRows.CountAsync(platform, target.Municipality);
            if (!after.SequenceEqual(before))
            {
                run.Failures.Enqueue($"{operation.Name}: refused requests wrote rows: before {TenantRows.Describe(before)}; after {TenantRows.Describe(after)}");
            }
        }

        if (stranger is not null && await TenantRows.CountAsync(platform, stranger) is { Count: > 0 } written)
        {
            run.Failures.Enqueue($"{operation.Name}: another municipality's request wrote rows: {TenantRows.Describe(written)}");
        }
    }
}
