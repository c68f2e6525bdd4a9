using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Testing.Http;

/// <summary>The calls every test project makes to a JSON API, each asserting the status it expects.</summary>
public static class Responses
{
    /// <summary>Asserts the status, showing the body when it differs, and returns the body; an empty body only where <paramref name="emptyAllowed"/>.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, bool emptyAllowed = false)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return emptyAllowed && text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        return await ExpectAsync(response, status);
    }

    public static async Task<JsonElement> PostJsonAsync<TBody>(this HttpClient client, string path, TBody body, HttpStatusCode status)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return await ExpectAsync(response, status);
    }

    /// <summary>The one item of a list (under <c>items</c>) whose <paramref name="idProperty"/> is <paramref name="id"/>, as the list shows it now.</summary>
    public static async Task<JsonElement> ItemAsync(this HttpClient client, string path, string idProperty, Guid id) =>
        (await client.GetJsonAsync(path)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty(idProperty).GetGuid() == id);
}
