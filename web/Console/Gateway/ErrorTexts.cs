namespace PlatformConsole.Gateway;

/// <summary>The API's most common field messages in Swedish; any other is shown as the API wrote it.</summary>
internal static class ErrorTexts
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["Required."] = "Måste fyllas i.",
        ["A four-digit kommunkod."] = "Ange en kommunkod med fyra siffror.",
        ["A two-digit länskod."] = "Ange en länskod med två siffror.",
        ["Give either a municipality or a region."] = "Ange antingen en kommun eller en region.",
    };

    public static string Swedish(string message) => Texts.GetValueOrDefault(message, message);
}
