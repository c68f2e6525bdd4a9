using System.Diagnostics;

namespace Quality.Features.AnnualReport;

/// <summary>
/// Prints HTML to PDF with the system Chromium (installed by platform.sh) as a child process: from a temporary
/// file, with its own throw-away profile, no name resolution, and a time limit after which it is killed.
/// </summary>
internal sealed class ChromiumPdfPrinter(IConfiguration configuration, ILogger<ChromiumPdfPrinter> logger)
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The PDF, or null when there is no Chromium to print with or it did not print in time.</summary>
    public async Task<byte[]?> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = configuration["Quality:AnnualReport:ChromiumPath"] ?? DefaultPath;
        if (!File.Exists(chromium))
        {
            logger.LogWarning("No Chromium at the configured path: the annual report cannot be printed");
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("annual-report-");
        try
        {
            var (page, pdf) = (Path.Combine(folder.FullName, "report.html"), Path.Combine(folder.FullName, "report.pdf"));
            await File.WriteAllTextAsync(page, html, cancellationToken);
            using var process = Process.Start(StartInfo(chromium, folder.FullName, page, pdf))!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(configuration.GetValue("Quality:AnnualReport:PrintTimeout", DefaultTimeout));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await Task.WhenAll(output, errors);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                logger.LogWarning("Chromium did not print the annual report in time and was stopped");
                return null;
            }

            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                logger.LogWarning("Chromium ended with exit code {ExitCode} without printing the annual report", process.ExitCode);
                return null;
            }

            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ProcessStartInfo StartInfo(string chromium, string folder, string page, string pdf)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions", "--disable-sync",
                     "--disable-background-networking", "--disable-component-update", "--no-pdf-header-footer",
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                     $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
