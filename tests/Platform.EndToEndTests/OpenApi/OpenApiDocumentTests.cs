using System.Net;
using Gateway.Operations;
using Microsoft.AspNetCore.Http;

namespace Platform.EndToEndTests.OpenApi;

/// <summary>Each service's OpenAPI document, and the gateway's own, describes every endpoint it maps, with its problem responses.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly Dictionary<string, Type> AppOf = new()
    {
        ["intake"] = typeof(global::Intake.Data.IntakeDbContext),
        ["assessment"] = typeof(global::Assessment.Data.AssessmentDbContext),
        ["investigation"] = typeof(global::Investigation.Data.InvestigationDbContext),
        ["placements"] = typeof(global::Placements.Data.PlacementsDbContext),
        ["quality"] = typeof(global::Quality.Data.QualityDbContext),
        [OperationsDocument.Name] = typeof(OperationsDocument),
    };

    public static TheoryData<string> Services => [.. AppOf.Keys];

    private static string DocumentOf(string app) => app == OperationsDocument.Name ? OperationsDocument.Path : ServiceDocument.ServicePath;

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_a_service_When_its_document_is_read_Then_it_lists_every_mapped_endpoint_and_no_other(string service)
    {
        // Arrange
        await using var app = InMemoryApp.Start(AppOf[service]);

        // Act
        var document = await ServiceDocument.ReadAsync(app, DocumentOf(service));

        // Assert
        var documented = document.Operations().Select(o => o.Endpoint).Order(StringComparer.Ordinal);
        Assert.Equal(string.Join('\n', document.Mapped), string.Join('\n', documented));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_a_service_document_When_its_operations_are_read_Then_each_documents_the_problems_it_can_return(string service)
    {
        // Arrange
        await using var app = InMemoryApp.Start(AppOf[service]);

        // Act
        var document = await ServiceDocument.ReadAsync(app, DocumentOf(service));

        // Assert
        foreach (var (endpoint, operation) in document.Operations())
        {
            // Every API endpoint wants a role of the municipality, so any may refuse, naming the rule.
            Assert.True(ServiceDocument.HasProperty(document.ResponseSchema(operation, StatusCodes.Status403Forbidden), "rule"), endpoint + ": 403 naming the rule");
            if (operation.TryGetProperty("requestBody", out _))
            {
                Assert.True(ServiceDocument.HasProperty(document.ResponseSchema(operation, StatusCodes.Status400BadRequest), "errors"), endpoint + ": 400 with field errors");
            }

            if (endpoint.Contains('{', StringComparison.Ordinal))
            {
                Assert.NotNull(document.ResponseSchema(operation, StatusCodes.Status404NotFound));
            }
        }
    }

    [Fact]
    public async Task Given_the_intake_document_When_a_write_is_read_Then_it_documents_body_answer_and_every_problem()
    {
        // Arrange
        await using var app = InMemoryApp.Start(AppOf["intake"]);

        // Act
        var document = await ServiceDocument.ReadAsync(app);

        // Assert
        var (_, operation) = document.Operations().Single(o => o.Endpoint == "POST /api/intake/reports/{id}/protection-assessment");
        Assert.True(operation.TryGetProperty("requestBody", out _));
        Assert.True(ServiceDocument.HasProperty(document.ResponseSchema(operation, StatusCodes.Status201Created), "assessedAt"));
        Assert.True(ServiceDocument.HasProperty(document.ResponseSchema(operation, StatusCodes.Status400BadRequest), "errors"));
        Assert.True(ServiceDocument.HasProperty(document.ResponseSchema(operation, StatusCodes.Status403Forbidden), "rule"));
        Assert.NotNull(document.ResponseSchema(operation, StatusCodes.Status404NotFound));
        Assert.NotNull(document.ResponseSchema(operation, StatusCodes.Status409Conflict));
    }

    [Fact]
    public async Task Given_the_intake_document_When_an_enum_is_read_Then_its_values_are_kebab_case_strings()
    {
        // Arrange
        await using var app = InMemoryApp.Start(AppOf["intake"]);

        // Act
        var document = await ServiceDocument.ReadAsync(app);

        // Assert
        var classification = document.Schema("Classification");
        Assert.Equal("string", classification.GetProperty("type").GetString());
        Assert.Equal(["anmalan", "ansokan", "annan-kannedom"], classification.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Given_the_intake_document_When_a_request_text_read_as_an_enum_is_read_Then_it_lists_the_kebab_case_values()
    {
        // Arrange
        await using var app = InMemoryApp.Start(AppOf["intake"]);

        // Act
        var document = await ServiceDocument.ReadAsync(app);

        // Assert
        var request = document.Schema("RegisterReportRequest").GetProperty("properties");
        Assert.Contains("annan-kannedom", request.GetProperty("classification").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("substance-use", request.GetProperty("concernCategories").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.False(request.GetProperty("description").TryGetProperty("enum", out _));
        var (_, worklist) = document.Operations().Single(o => o.Endpoint == "GET /api/intake/reports");
        var status = worklist.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Contains("awaiting-protection-assessment", status.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Given_a_service_document_When_read_Then_it_names_the_bearer_scheme_and_no_server_of_its_own()
    {
        // Arrange
        await using var app = InMemoryApp.Start(AppOf["assessment"]);

        // Act
        var document = await ServiceDocument.ReadAsync(app);

        // Assert
        var scheme = document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.False(document.Root.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("/openapi/intake.json")]
    [InlineData("/scalar")]
    public async Task Given_the_gateway_outside_development_When_the_api_reference_is_asked_for_anonymously_Then_it_is_401(string path)
    {
        // Arrange
        await using var gateway = InMemoryApp.Start(typeof(global::Gateway.Routing.ServiceRoutes), "Production");
        using var client = gateway.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
