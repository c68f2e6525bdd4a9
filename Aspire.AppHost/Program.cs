using Aspire.AppHost.Dashboard;
using Aspire.AppHost.Hosting;

if (!Prerequisites.Check(Console.Error))
{
    return 1;
}

var options = CommandLineOptions.Parse(args);
await using var app = PlatformAppBuilder.Create(options).AddPlatform().Build();
using var shutdown = new ShutdownSignal();
try
{
    await app.StartAsync(shutdown.Token);
}
catch (Exception e) when (e is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"The platform did not start: {e.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    return 130;
}

Console.WriteLine(StatusTable.Render(app));
await shutdown.WaitAsync();
Console.WriteLine("Stopping...");
return 0;
