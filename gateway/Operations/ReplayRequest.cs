using Platform.ServiceDefaults.Problems;

namespace Gateway.Operations;

/// <summary>Which parked messages to replay: the ones with these message ids, or, said outright, all of them.</summary>
internal sealed record ReplayRequest(IReadOnlyList<Guid>? MessageIds, bool? All)
{
    public const int MaxMessageIds = 1000;

    /// <summary>Whether a message (by its AMQP message id) is to be replayed; null, with the field errors added, when the request says neither or both.</summary>
    public Func<string?, bool>? Chosen(ValidationErrors errors)
    {
        var all = All == true;
        errors.Require(all != MessageIds is { Count: > 0 }, "messageIds", "Give the message ids to replay, or \"all\": true, but not both.")
            .Require(MessageIds is null || MessageIds.Count <= MaxMessageIds, "messageIds", $"At most {MaxMessageIds} ids.");
        if (!errors.IsValid)
        {
            return null;
        }

        if (all)
        {
            return _ => true;
        }

        var ids = MessageIds!.ToHashSet();
        return id => Guid.TryParse(id, out var messageId) && ids.Contains(messageId);
    }
}

/// <summary>What a replay did: how many messages went back to which queue.</summary>
internal sealed record ReplayResult(string Queue, int Moved);
