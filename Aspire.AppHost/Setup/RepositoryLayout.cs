namespace Aspire.AppHost.Setup;

/// <summary>Where the repository and the built projects are.</summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "Platform.sln";

    public const string TargetFramework = "net10.0";

    public static string FindRoot(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} found in {startDirectory} or any folder above it.");
    }

    /// <summary>The build configuration an output folder belongs to: .../bin/Release/net10.0/ gives Release.</summary>
    public static string ConfigurationOf(string outputDirectory)
    {
        var parts = Path.GetFullPath(outputDirectory).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
    }

    public static string AssemblyPath(string root, string projectFolder, string assemblyName, string configuration) =>
        Path.Combine(root, projectFolder, "bin", configuration, TargetFramework, assemblyName + ".dll");
}
