using System.Security.Cryptography;
using System.Text.Json;
using Intake.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intake.Features.RegisterReport;

/// <summary>Idempotency-Key records, kept per municipality in the registering transaction.</summary>
internal sealed class IdempotencyKeys(IntakeDbContext db, IOptions<JsonOptions> json)
{
    /// <summary>The first answer for the key, and whether this request is the same; null when the key is new.</summary>
    public async Task<Stored?> FindAsync(string key, byte[] requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var response = JsonSerializer.Deserialize<RegisterReportResponse>(record.Response, json.Value.SerializerOptions)!;
        return new Stored(response, CryptographicOperations.FixedTimeEquals(record.RequestHash, requestHash));
    }

    public void Add(string key, byte[] requestHash, RegisterReportResponse response, DateTimeOffset now) =>
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Key = key,
            RequestHash = requestHash,
            ReportId = response.ReportId,
            Response = JsonSerializer.Serialize(response, json.Value.SerializerOptions),
            CreatedAt = now,
        });

    internal sealed record Stored(RegisterReportResponse Response, bool SameRequest);
}
