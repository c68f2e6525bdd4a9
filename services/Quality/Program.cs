using Quality;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddQuality();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
