using Intake;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIntake();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIntakeEndpoints();
app.Run();
