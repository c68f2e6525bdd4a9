using Assessment;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddAssessment();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAssessmentEndpoints();
app.Run();
