using System.Diagnostics;
using System.Globalization;

namespace Platform.Bench.Hosting;

/// <summary>
/// Debian's nginx as the reference reverse proxy: the same route to the same service, with
/// upstream keep-alive, so gateway ÷ nginx compares proxies and not connection set-up.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly string directory;
    private readonly Process process;

    private NginxProxy(string directory, Process process, int port)
    {
        this.directory = directory;
        this.process = process;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public int ProcessId => process.Id;

    public static bool IsInstalled => File.Exists(Binary);

    public static async Task<NginxProxy> StartAsync(string routePrefix, string upstreamUrl, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("platform-bench-nginx-").FullName;
        Directory.CreateDirectory(Path.Combine(directory, "tmp"));
        var port = Aspire.AppHost.Processes.LoopbackPorts.Allocate(1)[0];
        var config = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(directory, port, routePrefix, new Uri(upstreamUrl)), cancellationToken);
        var process = Process.Start(new ProcessStartInfo(Binary, ["-p", directory, "-c", config])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(directory, process, port);
        await proxy.WaitUntilListeningAsync(cancellationToken);
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGQUIT through nginx itself, so the workers go too and not only the master.
            using var stop = Process.Start(Binary, ["-p", directory, "-c", Path.Combine(directory, "nginx.conf"), "-s", "quit"]);
            await stop.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static string Config(string directory, int port, string routePrefix, Uri upstream) => string.Create(CultureInfo.InvariantCulture, $$"""
        worker_processes auto;
        daemon off;
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;
        events { worker_connections 4096; }
        http {
            access_log off;
            client_body_temp_path {{directory}}/tmp/body;
            proxy_temp_path {{directory}}/tmp/proxy;
            fastcgi_temp_path {{directory}}/tmp/fastcgi;
            uwsgi_temp_path {{directory}}/tmp/uwsgi;
            scgi_temp_path {{directory}}/tmp/scgi;
            upstream service { server {{upstream.Host}}:{{upstream.Port}}; keepalive 128; }
            server {
                listen 127.0.0.1:{{port}};
                location {{routePrefix}}/ {
                    proxy_pass http://service;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                }
            }
        }
        """);

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
            }

            try
            {
                using var _ = await client.GetAsync(Url, cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new InvalidOperationException("nginx did not listen within 5 s.");
    }
}
