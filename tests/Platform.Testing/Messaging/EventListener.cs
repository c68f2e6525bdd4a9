using System.Collections.Concurrent;
using System.Text;
using MassTransit;

namespace Platform.Testing.Messaging;

/// <summary>The events of one type that a <see cref="TestBus"/> listener received, with their raw bodies as they travelled.</summary>
public sealed class EventListener<T>
    where T : class
{
    private readonly ConcurrentQueue<(T Message, string Raw)> _received = new();

    /// <summary>Waits for the first event that matches.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match) => (await WaitForRawAsync(match)).Message;

    /// <summary>Waits for the first event that matches, and returns it with its raw body.</summary>
    public async Task<(T Message, string Raw)> WaitForRawAsync(Func<T, bool> match)
    {
        var found = await Eventually.UntilAsync(() => Task.FromResult(
            _received.Where(r => match(r.Message)).Select(r => Tuple.Create(r.Message, r.Raw)).FirstOrDefault()));
        return (found.Item1, found.Item2);
    }

    internal Task KeepAsync(ConsumeContext<T> context)
    {
        _received.Enqueue((context.Message, Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes())));
        return Task.CompletedTask;
    }
}
