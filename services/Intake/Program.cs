using Intake;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceOpenApi();
builder.AddIntake();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapServiceOpenApi();
app.MapIntakeEndpoints();
app.Run();
