using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Problems;

/// <summary>
/// Reads a JSON request body so that a wrong type, an unknown enum value or broken JSON is a 400
/// naming the field, as every other bad input is, rather than the framework's anonymous 400.
/// </summary>
public static class JsonRequestBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest request, ValidationErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "Send the request as application/json.");
            return null;
        }

        var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var body = await request.ReadFromJsonAsync<T>(json, cancellationToken);
            errors.Require(body is not null, "body", "Required.");
            return body;
        }
        catch (JsonException e)
        {
            // Only the path is reported: the message may quote the value, which may be personal.
            errors.Add(e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.'), "Not valid here: wrong JSON type, value or syntax.");
            return null;
        }
    }
}
