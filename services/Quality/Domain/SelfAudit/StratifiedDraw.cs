using System.Buffers.Binary;

namespace Quality.Domain.SelfAudit;

/// <summary>
/// The yearly sample: every case ranked by a hash of the seed and its id, then taken in turn from each stratum
/// so the sample spreads evenly over them. A pure function of the seed and the population: the same seed over
/// the same population gives the same cases, whatever order they are listed in.
/// </summary>
internal static class StratifiedDraw
{
    public static IReadOnlyList<Guid> Draw(IEnumerable<SampleCandidate> population, int seed, int size)
    {
        var strata = population
            .DistinctBy(c => c.CaseId)
            .Select(c => (c.CaseId, c.Stratum, Rank: Rank(seed, c.CaseId)))
            .GroupBy(c => c.Stratum, StringComparer.Ordinal)
            .Select(g => new Queue<Guid>(g.OrderBy(c => c.Rank).ThenBy(c => c.CaseId).Select(c => c.CaseId)))
            .OrderBy(q => Rank(seed, q.Peek()))
            .ToList();
        var drawn = new List<Guid>(size);
        while (drawn.Count < size && strata.Any(q => q.Count > 0))
        {
            foreach (var stratum in strata.Where(q => q.Count > 0))
            {
                if (drawn.Count == size)
                {
                    break;
                }

                drawn.Add(stratum.Dequeue());
            }
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
