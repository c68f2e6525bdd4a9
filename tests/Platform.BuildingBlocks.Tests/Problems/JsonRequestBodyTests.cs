using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Tests.Problems;

public sealed class JsonRequestBodyTests
{
    private sealed record Child(string? Name);

    private sealed record Body(string? Description, List<Child>? Children);

    [Theory]
    [InlineData("{\"description\":\"a\\u0000b\"}", "description")]
    [InlineData("{\"children\":[{\"name\":\"ok\"},{\"name\":\"\\u0000\"}]}", "children[1].name")]
    public async Task Given_a_nul_in_a_text_field_When_read_Then_the_error_names_the_field(string json, string field)
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        var body = await JsonRequestBody.ReadAsync<Body>(Request(json), errors, CancellationToken.None);

        // Assert
        Assert.Null(body);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public async Task Given_text_without_a_nul_When_read_Then_it_is_the_body()
    {
        // Arrange
        var errors = new ValidationErrors();

        // Act
        var body = await JsonRequestBody.ReadAsync<Body>(Request("{\"description\":\"tab\\there\",\"children\":[{\"name\":\"Kim\"}]}"), errors, CancellationToken.None);

        // Assert
        Assert.True(errors.IsValid);
        Assert.Equal("tab\there", body?.Description);
        Assert.Equal("Kim", Assert.Single(body!.Children!).Name);
    }

    private static HttpRequest Request(string json)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpJsonOptions(_ => { });
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return context.Request;
    }
}
