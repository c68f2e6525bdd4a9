using Platform.ServiceDefaults.Problems;
using Quality.Domain.Indicators;

namespace Quality.Features.AnnualReport;

internal static class AnnualReportEndpoint
{
    /// <summary>GET /annual-report?year=2026&amp;format=html|pdf (the year in the query, as the indicators take their period): the year's kvalitetsberättelse as HTML, or as PDF (also by <c>Accept: application/pdf</c>).</summary>
    public static RouteGroupBuilder MapAnnualReport(this RouteGroupBuilder group)
    {
        group.MapGet("/annual-report", async (string? year, HttpRequest request, AnnualReportAssembler assembler, ChromiumPdfPrinter printer, CancellationToken cancellationToken) =>
            {
                var errors = new ValidationErrors();
                var period = ReportingPeriod.TryParse(year);
                errors.Require(period is { Kind: "year" }, "year", "Give the year as four digits (2026).");
                var format = request.Query["format"].ToString();
                errors.Require(format is "" or "html" or "pdf", "format", "The format is html (the default) or pdf.");
                if (!errors.IsValid)
                {
                    return errors.ToProblem();
                }

                var html = AnnualReportHtml.Write(await assembler.AssembleAsync(period!, cancellationToken));
                if (format == "html" || (format == "" && !AsksForPdf(request)))
                {
                    return Results.Content(html, "text/html; charset=utf-8");
                }

                return await printer.PrintAsync(html, cancellationToken) is { } pdf
                    ? Results.File(pdf, "application/pdf", $"kvalitetsberattelse-{year}.pdf")
                    : Results.Problem(
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: "The PDF cannot be printed now",
                        detail: "The service has no Chromium to print with, or it did not print in time; the report is still available as HTML.");
            })
            .WithSummary("The annual quality report (kvalitetsberättelse) of a year, as HTML or PDF, with charts")
            .Produces<string>(StatusCodes.Status200OK, "text/html", "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static bool AsksForPdf(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase));
}
