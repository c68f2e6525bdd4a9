using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class IdentityProtectionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_registered_child_When_the_intake_database_is_read_directly_Then_the_identity_number_is_nowhere_in_plain_text()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var number = Reports.IdentityNumber(71);

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(number));

        // Assert
        var dump = await IntakeDatabase.DumpAsync(platform, municipality);
        Assert.Contains(registered.Id("childId").ToString(), dump, StringComparison.Ordinal);
        Assert.Contains("children.identity_number_encrypted=", dump, StringComparison.Ordinal);
        Assert.DoesNotContain(number, dump, StringComparison.Ordinal);
        Assert.DoesNotContain(number[2..], dump, StringComparison.Ordinal);
        Assert.DoesNotContain(number[2..8] + "-" + number[8..], dump, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(number[2..])), dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_registration_When_the_service_logs_are_read_Then_the_identity_number_and_free_text_are_not_in_them()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var number = Reports.IdentityNumber(72);

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(number));
        await client.ReportAsync(registered.Id("reportId"));

        // Assert
        var logs = string.Join("\n", Directory.EnumerateFiles(platform.LogDirectory, "*", SearchOption.AllDirectories).Select(ReadShared));
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(number[2..], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeRequests.Description, logs, StringComparison.Ordinal);
        var telemetry = string.Join("\n", platform.Telemetry!.RawExports.Select(System.Text.Encoding.Latin1.GetString));
        Assert.DoesNotContain(number[2..], telemetry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_protected_identity_When_a_caseworker_reads_the_report_Then_only_the_flag_is_shown_and_a_unit_manager_sees_the_identity()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var caseworker = await platform.ForMunicipalityAsync(municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var reportId = (await caseworker.RegisterAsync(IntakeRequests.Report("150305-1243", protectedIdentity: true))).Id("reportId");

        // Act
        var hidden = (await caseworker.ReportAsync(reportId)).GetProperty("child");
        var shown = (await manager.ReportAsync(reportId)).GetProperty("child");

        // Assert
        Assert.True(hidden.GetProperty("protectedIdentity").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.GetProperty("identityNumber").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.GetProperty("birthDate").ValueKind);
        Assert.Equal("20150305-1243", shown.Text("identityNumber"));
    }

    [Fact]
    public async Task Given_the_municipality_names_caseworkers_When_a_caseworker_reads_a_protected_identity_Then_it_is_shown()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var caseworker = await platform.ForMunicipalityAsync(municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var reportId = (await caseworker.RegisterAsync(IntakeRequests.Report("150305-1243", protectedIdentity: true))).Id("reportId");

        // Act
        using var put = await manager.PutAsJsonAsync("/api/intake/settings", new JsonObject { ["protectedIdentityRoles"] = new JsonArray("handlaggare") });

        // Assert
        await IntakeApi.ExpectAsync(put, HttpStatusCode.OK);
        Assert.Equal("20150305-1243", (await caseworker.ReportAsync(reportId)).GetProperty("child").Text("identityNumber"));
        var managerView = (await manager.ReportAsync(reportId)).GetProperty("child");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, managerView.GetProperty("identityNumber").ValueKind);
    }

    [Fact]
    public async Task Given_a_caseworker_or_an_unknown_role_When_changing_settings_Then_403_or_400()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var caseworker = await platform.ForMunicipalityAsync(municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");

        // Act
        using var refused = await caseworker.PutAsJsonAsync("/api/intake/settings", new JsonObject { ["protectedIdentityRoles"] = new JsonArray("handlaggare") });
        using var bad = await manager.PutAsJsonAsync("/api/intake/settings", new JsonObject { ["protectedIdentityRoles"] = new JsonArray("enhetschef", "vaktmastare") });

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["protectedIdentityRoles[1]"], await IntakeApi.ValidationFieldsAsync(bad));
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
