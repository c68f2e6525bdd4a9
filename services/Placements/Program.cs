using Placements;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlacements();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
