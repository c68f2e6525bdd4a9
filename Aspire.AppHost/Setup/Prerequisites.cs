using Aspire.AppHost.Postgres;
using Aspire.AppHost.RabbitMq;

namespace Aspire.AppHost.Setup;

public static class Prerequisites
{
    public const string InstallCommand = "sudo apt-get install -y postgresql rabbitmq-server";

    /// <summary>Names what is missing and the one command that installs it; true when nothing is.</summary>
    public static bool Check(TextWriter output)
    {
        var missing = new List<string>();
        if (PostgresBinaries.Find() is null)
        {
            missing.Add("PostgreSQL (no /usr/lib/postgresql/*/bin/initdb)");
        }

        if (!RabbitMqNode.IsInstalled)
        {
            missing.Add("RabbitMQ (no /usr/lib/rabbitmq/bin/rabbitmq-server)");
        }

        if (missing.Count == 0)
        {
            return true;
        }

        output.WriteLine($"Not installed: {string.Join(", ", missing)}.");
        output.WriteLine($"Install them with:  {InstallCommand}");
        return false;
    }
}
