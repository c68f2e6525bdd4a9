using Placements;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceOpenApi();
builder.AddPlacements();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapServiceOpenApi();
app.MapPlacementsEndpoints();
app.Run();
