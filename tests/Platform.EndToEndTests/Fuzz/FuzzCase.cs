namespace Platform.EndToEndTests.Fuzz;

/// <summary>What a case may be answered with beyond "never a 5xx, a 400 names a field".</summary>
internal enum FuzzExpectation
{
    /// <summary>Any answer but a 5xx; a 400 is a problem naming a field.</summary>
    NoServerError,

    /// <summary>The token is not the platform's, or not valid any more: 401.</summary>
    Unauthorized,

    /// <summary>
    /// A path the HTTP server refuses before any endpoint (a NUL in the request target): any 4xx, with or without a
    /// problem, since no field of an endpoint is at fault.
    /// </summary>
    RefusedBeforeRouting,

    /// <summary>Another municipality's record: 404, never a sign that it exists.</summary>
    NotFound,
}

/// <summary>
/// One request of the fuzz run: the kind of bad input (<c>wrong-type</c>, <c>expired-token</c>, …), the JSON path
/// or parameter spoiled if one was, the request with its raw body text, and who sends it.
/// </summary>
internal sealed record FuzzCase(
    string Kind, string? Field, HttpMethod Method, string Path, string? Body, string MediaType, FuzzCaller Caller,
    FuzzExpectation Expectation = FuzzExpectation.NoServerError)
{
    public override string ToString() => $"[{Kind}{(Field is null ? "" : " " + Field)}] {Method.Method} {Path}";
}

/// <summary>A bearer token (none when null) and the bucket the gateway counts its requests in.</summary>
internal sealed record FuzzCaller(string? Token, string RateBucket);
