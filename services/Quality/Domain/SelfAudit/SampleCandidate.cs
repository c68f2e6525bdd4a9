namespace Quality.Domain.SelfAudit;

/// <summary>
/// A case the sample may take, with what it is spread over: its stratum (age band and gender) and the caseworker
/// who documented it (a pseudonym; <see cref="UnknownCaseworker"/> when the events do not say).
/// </summary>
internal sealed record SampleCandidate(Guid CaseId, string Stratum, string Caseworker = SampleCandidate.UnknownCaseworker)
{
    public const string UnknownCaseworker = "unknown";

    public static string StratumOf(string ageBand, string gender) => $"{ageBand}/{gender}";

    public static string CaseworkerOf(Guid? pseudonym) => pseudonym?.ToString() ?? UnknownCaseworker;
}
