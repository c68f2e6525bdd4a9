using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Problems;

namespace Intake.Http;

/// <summary>
/// Reads a request body so that a wrong type or broken JSON is a 400 naming the field, like every
/// other bad input, instead of the framework's anonymous 400.
/// </summary>
internal static class JsonBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest request, ValidationErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "Send the request as application/json.");
            return null;
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var body = await request.ReadFromJsonAsync<T>(options, cancellationToken);
            if (body is null)
            {
                errors.Add("body", "Required.");
            }

            return body;
        }
        catch (JsonException e)
        {
            // The path names the field; the message is not echoed, as it may quote the value.
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            errors.Add(field, "Not valid here: wrong JSON type or syntax.");
            return null;
        }
    }
}
