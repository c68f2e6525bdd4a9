using Aspire.AppHost.Postgres;
using Aspire.AppHost.Projects;
using Aspire.AppHost.RabbitMq;
using Aspire.AppHost.Setup;
using Aspire.AppHost.Status;

if (!Prerequisites.Check(Console.Error))
{
    return 1;
}

var builder = DistributedApplication.CreateBuilder(args);
var options = PlatformHostOptions.From(builder.Configuration, RepositoryLayout.FindRoot(builder.AppHostDirectory));
options.PrepareDataDirectory();
var secrets = PlatformSecrets.LoadOrCreate(options.DataDirectory);
var node = new RabbitMqNode(options);

var postgres = builder.AddPlatformPostgres(options);
var rabbit = builder.AddPlatformRabbitMq(node, options);
if (options.Projects)
{
    builder.AddPlatformProjects(options, secrets, postgres, rabbit, node);
    builder.AddStatusReport(options);
}

builder.Build().Run();
return 0;

