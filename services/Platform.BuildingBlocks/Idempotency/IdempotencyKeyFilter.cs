using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Idempotency;

/// <summary>
/// Makes a write safe to retry when it carries an Idempotency-Key. The key is added to the unit of work
/// before the handler runs, so the handler's own save commits it with the write, or not at all; the answer
/// is kept after. A retry of the same request by the same person gets that answer again; a different
/// request under a used key, or a retry while the first is still running, is a 409. Without the header
/// nothing changes.
/// </summary>
internal sealed class IdempotencyKeyFilter(TimeProvider time) : IEndpointFilter
{
    /// <summary>The key's constraint: the same key taken by a concurrent request, not by this one's write.</summary>
    internal const string PrimaryKey = "PK_idempotent_requests";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.ContainsKey(IdempotencyKeyHeader.Name))
        {
            return await next(context);
        }

        var errors = new ValidationErrors();
        if (IdempotencyKeyHeader.Read(http.Request, errors) is not { } key)
        {
            return errors.ToProblem();
        }

        var cancellationToken = http.RequestAborted;
        var db = http.RequestServices.GetRequiredService<ServiceDbContext>();
        var hash = await RequestHashAsync(http, cancellationToken);
        var stored = await db.Set<IdempotentRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (stored is not null)
        {
            return StoredAnswer(stored, hash);
        }

        var request = new IdempotentRequest { Key = key, RequestHash = hash, ReceivedAt = time.GetUtcNow() };
        var entry = db.Add(request);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation(PrimaryKey))
        {
            return InFlight();
        }

        if (entry.State != EntityState.Unchanged)
        {
            // Nothing was saved with the key (a refusal, a bad request): a retry is carried out afresh.
            entry.State = EntityState.Detached;
            return result;
        }

        var answer = await AnswerAsync(result, http);
        (request.StatusCode, request.Location, request.ContentType, request.Body, request.AnsweredAt) =
            (answer.StatusCode, answer.Location, answer.ContentType, answer.Body, time.GetUtcNow());
        entry.State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The handler rolled its transaction back after saving: the key went with it, and so did the write.
        }

        return answer;
    }

    private static IResult StoredAnswer(IdempotentRequest stored, byte[] hash)
    {
        if (!CryptographicOperations.FixedTimeEquals(stored.RequestHash, hash))
        {
            return Problems.Conflict("This Idempotency-Key was already used for a different request.");
        }

        return stored.StatusCode is { } statusCode
            ? new KeptAnswer(statusCode, stored.Location, stored.ContentType, stored.Body ?? [], Replayed: true)
            : InFlight();
    }

    private static IResult InFlight() =>
        Problems.Conflict("A request with this Idempotency-Key is being carried out, or was carried out without its answer being kept; read the record to see its state.");

    /// <summary>Runs the handler's result into memory, so its answer can be kept and then sent.</summary>
    private static async Task<KeptAnswer> AnswerAsync(object? result, HttpContext http)
    {
        var body = http.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await (result as IResult ?? Results.Ok(result)).ExecuteAsync(http);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        }
        finally
        {
            http.Features.Set(body);
        }

        return new KeptAnswer(http.Response.StatusCode, http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, http.Response.ContentType, buffer.ToArray(), Replayed: false);
    }

    private static async Task<byte[]> RequestHashAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = http.Request;
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var user = http.RequestServices.GetRequiredService<CurrentUser>();
        hash.AppendData(Encoding.UTF8.GetBytes($"{user.Id}\n{request.Method}\n{request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
