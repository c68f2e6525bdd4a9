using Microsoft.AspNetCore.Builder;

namespace Platform.ServiceDefaults.Problems;

/// <summary>
/// A query value with a NUL character is a 400 naming the parameter before any endpoint sees it: PostgreSQL
/// text cannot hold one, so a filter carrying it would fail the query.
/// </summary>
internal static class QueryTextGuard
{
    public static IApplicationBuilder UseQueryTextGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var errors = new ValidationErrors();
        foreach (var (name, values) in context.Request.Query)
        {
            errors.Require(!values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true), name, "Not valid here: a NUL character.");
        }

        await (errors.IsValid ? next(context) : errors.ToProblem().ExecuteAsync(context));
    });
}
