using System.Buffers.Binary;

namespace Quality.Domain.SelfAudit;

/// <summary>
/// The yearly sample: every case ranked by a hash of the seed and its id; then, one at a time, the best-ranked case
/// whose stratum and caseworker have been drawn least so far (their counts summed), so the sample spreads evenly over
/// age band and gender and over caseworkers at once. A pure function of the seed and the population: the same seed
/// over the same population gives the same cases, whatever order they are listed in.
/// </summary>
internal static class StratifiedDraw
{
    public static IReadOnlyList<Guid> Draw(IEnumerable<SampleCandidate> population, int seed, int size)
    {
        var remaining = population
            .DistinctBy(c => c.CaseId)
            .OrderBy(c => Rank(seed, c.CaseId))
            .ThenBy(c => c.CaseId)
            .ToList();
        var strata = new Dictionary<string, int>(StringComparer.Ordinal);
        var caseworkers = new Dictionary<string, int>(StringComparer.Ordinal);
        var drawn = new List<Guid>(size);
        while (drawn.Count < size && remaining.Count > 0)
        {
            // MinBy keeps the first of equals, and the list is in rank order.
            var next = remaining.MinBy(c => (strata.GetValueOrDefault(c.Stratum) + caseworkers.GetValueOrDefault(c.Caseworker), strata.GetValueOrDefault(c.Stratum)))!;
            remaining.Remove(next);
            strata[next.Stratum] = strata.GetValueOrDefault(next.Stratum) + 1;
            caseworkers[next.Caseworker] = caseworkers.GetValueOrDefault(next.Caseworker) + 1;
            drawn.Add(next.CaseId);
        }

        return drawn;
    }

    /// <summary>SplitMix64 over the seed and the id's bytes: stable across runtimes, unlike <see cref="Random"/>.</summary>
    private static ulong Rank(int seed, Guid caseId)
    {
        Span<byte> bytes = stackalloc byte[16];
        caseId.TryWriteBytes(bytes);
        var state = Mix((ulong)(uint)seed);
        state = Mix(state ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes));
        return Mix(state ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
