using Gateway;
using Gateway.ApiReference;
using Gateway.DevTokens;
using Gateway.Limits;
using Gateway.Operations;
using Gateway.Routing;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseRequestBodyLimit();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapDevTokens();
app.MapApiReference();
app.MapOperationsDocument();
app.MapErrorQueues();
app.MapReservedPaths();
app.MapReverseProxy();
app.Run();
