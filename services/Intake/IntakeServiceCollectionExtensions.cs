using Intake.Access;
using Intake.Data;
using Intake.Domain.Identity;
using Intake.Features.GetReport;
using Intake.Features.ReclassifyReport;
using Intake.Features.RecordProtectionAssessment;
using Intake.Features.RegisterReport;
using Intake.Features.Shared;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Intake;

internal static class IntakeServiceCollectionExtensions
{
    public const string ServiceName = "intake";

    public static WebApplicationBuilder AddIntake(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext>(ServiceName);
        builder.AddServiceMessaging<IntakeDbContext>(ServiceName);
        builder.Services.AddSingleton(IdentityProtector.FromConfiguration(builder.Configuration));
        builder.Services.AddAccessLog<IntakeDbContext>();
        builder.Services.AddScoped<ProtectedIdentityPolicy>();
        builder.Services.AddScoped<UnitAccess>();
        builder.Services.AddScoped<ReportWork>();
        builder.Services.AddScoped<ChildRegistry>();
        builder.Services.AddScoped<CaseNumbers>();
        builder.Services.AddScoped<IdempotencyKeys>();
        builder.Services.AddScoped<ReportRegistration>();
        builder.Services.AddScoped<ReportDetailsMapper>();
        builder.Services.AddScoped<ProtectionAssessmentRecorder>();
        builder.Services.AddScoped<ReclassificationRecorder>();
        return builder;
    }
}
