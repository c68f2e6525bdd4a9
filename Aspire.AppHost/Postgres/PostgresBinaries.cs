namespace Aspire.AppHost.Postgres;

public static class PostgresBinaries
{
    /// <summary>The newest /usr/lib/postgresql/N/bin that has initdb, or null when PostgreSQL is not installed.</summary>
    public static string? Find()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(dir => (Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0, Bin: Path.Combine(dir, "bin")))
            .Where(x => File.Exists(Path.Combine(x.Bin, "initdb")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin)
            .FirstOrDefault();
    }
}
