using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>The stored and the API form of a delegation order: a list of grants.</summary>
public static class DelegationOrderJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static IReadOnlyList<DelegationGrant> ToGrants(DelegationOrder order) =>
        [.. order.Grants.OrderBy(g => g.Key).Select(g => new DelegationGrant(g.Key, [.. g.Value.Order(StringComparer.Ordinal)], order.AllowsSubDelegation(g.Key)))];

    public static DelegationOrder FromGrants(IEnumerable<DelegationGrant> grants)
    {
        var list = grants.ToList();
        return new(list.ToDictionary(g => g.Decision, g => DelegationOrder.Roles(g.Roles)), list.Where(g => g.MayBeSubDelegated).Select(g => g.Decision).ToHashSet());
    }

    public static string Serialize(DelegationOrder order) => JsonSerializer.Serialize(ToGrants(order), Options);

    /// <summary>Versions stored before sub-delegation was part of a grant read as not sub-delegable.</summary>
    public static DelegationOrder Deserialize(string json) =>
        FromGrants(JsonSerializer.Deserialize<List<DelegationGrant>>(json, Options) ?? []);
}
