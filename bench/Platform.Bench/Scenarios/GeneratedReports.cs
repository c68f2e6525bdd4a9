using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Realistic reports of concern: valid personnummer for children of every age, the channels,
/// reporters and concerns that reach a municipality, a description of a typical length.
/// Deterministic by sequence number so two runs send the same load.
/// </summary>
public static class GeneratedReports
{
    private static readonly string[] Channels = ["e-service", "phone", "letter", "e-mail", "in-person"];
    private static readonly string[] Reporters = ["school", "police", "health-care", "preschool", "social-services", "other-authority", "private-person"];
    private static readonly string[] Concerns = ["neglect", "violence", "substance-use", "crime", "honour-related", "mental-health", "school-absence"];
    private static readonly DateOnly Oldest = new(2008, 1, 1);

    /// <summary>The request body for report number <paramref name="sequence"/>; each sequence is a different child.</summary>
    public static object Report(long sequence)
    {
        var random = new Random((int)(sequence % int.MaxValue));
        var reporter = Reporters[random.Next(Reporters.Length)];
        var mandatory = reporter != "private-person";
        var classification = random.Next(10) < 8 ? "anmalan" : "annan-kannedom";
        var concern = Concerns[random.Next(Concerns.Length)];
        return new
        {
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-random.Next(1, 600)),
            channel = Channels[random.Next(Channels.Length)],
            classification,
            classificationReason = mandatory && classification != "anmalan" ? "Begäran om yttrande från tingsrätten." : null,
            reporter = new
            {
                category = reporter,
                isMandatoryReporter = mandatory,
                requestedFeedback = random.Next(2) == 0,
                name = "Anna Andersson",
                organisation = "Exempelskolan",
            },
            child = new { identityNumber = IdentityNumber(sequence), protectedIdentity = random.Next(100) == 0 },
            concernCategories = new[] { concern },
            violenceByCloseRelative = concern == "violence" ? random.Next(2) == 0 : (bool?)null,
            description = string.Concat(Enumerable.Repeat("Eleven har under hösten vid flera tillfällen berättat om oro hemma. ", 1 + random.Next(12))),
        };
    }

    /// <summary>A valid 12-digit personnummer, distinct for each sequence below about 2.4 million.</summary>
    public static string IdentityNumber(long sequence)
    {
        var birth = Oldest.AddDays((int)(sequence % 6500));
        var serial = (int)(sequence / 6500 % 999) + 1;
        var body = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("000", CultureInfo.InvariantCulture);
        return birth.Year.ToString(CultureInfo.InvariantCulture)[..2] + body + LuhnDigit(body);
    }

    public static async Task<Guid?> ReportIdOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if ((int)response.StatusCode != 201)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("reportId").GetGuid();
    }

    private static int LuhnDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return (10 - sum % 10) % 10;
    }
}
