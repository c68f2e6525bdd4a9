global using System.Net;
global using Platform.Contracts.Intake;
global using Platform.ServiceDefaults.Authentication;
global using Platform.Testing;
global using Platform.Testing.Hosting;
global using Quality.Tests.Infrastructure;
global using static Quality.Tests.Infrastructure.CaseEvents;
