using System.Runtime.InteropServices;

namespace Aspire.AppHost.Dashboard;

/// <summary>Ctrl+C or SIGTERM ask for an orderly stop instead of killing the process outright.</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource requested = new();
    private readonly PosixSignalRegistration[] registrations;

    public ShutdownSignal()
    {
        registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];
    }

    public CancellationToken Token => requested.Token;

    public Task WaitAsync() => Task.Delay(Timeout.Infinite, requested.Token).ContinueWith(_ => { }, TaskScheduler.Default);

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        requested.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        requested.Cancel();
    }
}
