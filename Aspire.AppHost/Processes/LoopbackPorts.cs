using System.Net;
using System.Net.Sockets;

namespace Aspire.AppHost.Processes;

public static class LoopbackPorts
{
    private const int Lowest = 15000;

    /// <summary>
    /// Free ports below the kernel's ephemeral range: a port the kernel handed out for a bind to :0
    /// can be taken by an outgoing connection before the resource binds it seconds later.
    /// </summary>
    public static int[] Allocate(int count)
    {
        var highest = EphemeralRangeStart() - 1;
        var chosen = new HashSet<int>();
        for (var attempts = 0; chosen.Count < count; attempts++)
        {
            if (attempts > 10_000)
            {
                throw new InvalidOperationException($"Could not find {count} free loopback ports in {Lowest}-{highest}.");
            }

            var port = Random.Shared.Next(Lowest, highest);
            if (!chosen.Contains(port) && IsFree(IPAddress.Loopback, port) && IsFree(IPAddress.IPv6Loopback, port))
            {
                chosen.Add(port);
            }
        }

        return [.. chosen];
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            // No IPv6 on this host: only IPv4 matters then.
            return address.AddressFamily == AddressFamily.InterNetworkV6;
        }
    }

    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var text = File.Exists(range) ? File.ReadAllText(range) : "";
        var first = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return int.TryParse(first, out var start) && start > Lowest + 1000 ? start : 32768;
    }
}
