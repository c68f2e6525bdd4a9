namespace Quality.Domain.SelfAudit;

/// <summary>A case the sample may take, with the stratum it is spread over (age band and gender).</summary>
internal sealed record SampleCandidate(Guid CaseId, string Stratum)
{
    public static string StratumOf(string ageBand, string gender) => $"{ageBand}/{gender}";
}
