using Quality;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceOpenApi();
builder.AddQuality();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapServiceOpenApi();
app.MapQualityEndpoints();
app.Run();
