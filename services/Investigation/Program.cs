using Investigation;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddInvestigation();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
