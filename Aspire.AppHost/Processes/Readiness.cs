using System.Net.Sockets;

namespace Aspire.AppHost.Processes;

internal static class Readiness
{
    /// <summary>Polls until the probe says yes; false on timeout or when the process it waits for has died.</summary>
    public static async Task<bool> WaitAsync(
        Func<CancellationToken, Task<bool>> probe,
        TimeSpan timeout,
        Func<bool> hasDied,
        CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !hasDied())
        {
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(5));
                if (await probe(attempt.Token))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or SocketException or IOException
                or Npgsql.NpgsqlException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not up yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        return false;
    }

    public static async Task<bool> AcceptsTcpAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        return true;
    }
}
