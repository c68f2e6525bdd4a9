using Investigation;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceOpenApi();
builder.AddInvestigation();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapServiceOpenApi();
app.MapInvestigationEndpoints();
app.Run();
