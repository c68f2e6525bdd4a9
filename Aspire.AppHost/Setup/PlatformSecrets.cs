using System.Security.Cryptography;
using System.Text.Json;

namespace Aspire.AppHost.Setup;

/// <summary>The keys every service shares, generated once per data folder so tokens survive a restart.</summary>
public sealed record PlatformSecrets(string SigningKey, string IdentityKey)
{
    public const string FileName = "keys.json";

    public static PlatformSecrets LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<PlatformSecrets>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} is empty; delete it to generate new keys.");
        }

        var secrets = new PlatformSecrets(NewKey(), NewKey());
        File.WriteAllText(path, JsonSerializer.Serialize(secrets));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secrets;
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
