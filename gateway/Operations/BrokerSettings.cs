using Platform.Contracts.Hosting;
using RabbitMQ.Client;

namespace Gateway.Operations;

/// <summary>
/// Where the operator endpoints reach the broker: its AMQP URI (the connection string every service has)
/// and its management API, which alone can list queues. The management API is called as the AMQP URI's
/// user, who needs the <c>monitoring</c> tag to see every queue.
/// </summary>
internal sealed record BrokerSettings(Uri Amqp, Uri ManagementUrl)
{
    public const string ManagementUrlKey = "Operations:BrokerManagementUrl";

    /// <summary>Both settings, or a start-up failure naming the one missing.</summary>
    public static BrokerSettings From(IConfiguration configuration) => new(
        Required(configuration.GetConnectionString(PlatformResources.Broker), $"ConnectionStrings:{PlatformResources.Broker}"),
        Required(configuration[ManagementUrlKey], ManagementUrlKey));

    public ConnectionFactory ConnectionFactory() => new() { Uri = Amqp, ClientProvidedName = "gateway-operations" };

    public string VirtualHost => ConnectionFactory().VirtualHost;

    public (string User, string Password) Credentials
    {
        get
        {
            var factory = ConnectionFactory();
            return (factory.UserName, factory.Password);
        }
    }

    private static Uri Required(string? value, string key) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException($"{key} must be set to an absolute URI.");
}
