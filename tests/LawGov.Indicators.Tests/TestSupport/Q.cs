using System.Numerics;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// An exact fraction N / D (D &gt; 0) for reference calculations, written apart from the library's arithmetic so that
/// tests do not check the library against itself.
/// </summary>
internal readonly record struct Q(BigInteger N, BigInteger D)
{
    public static Q operator +(Q a, Q b) => new((a.N * b.D) + (b.N * a.D), a.D * b.D);

    public static Q operator -(Q a, Q b) => new((a.N * b.D) - (b.N * a.D), a.D * b.D);

    public static Q operator *(Q a, Q b) => new(a.N * b.N, a.D * b.D);

    public Q Over(BigInteger k) => new(N, D * k);

    public int CompareTo(Q other) => (N * other.D).CompareTo(other.N * D);

    public static Q Of(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var mantissa = (BigInteger)new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        return new(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
    }

    /// <summary>⌊this · 10^decimals⌋ and whether it is exact (for non-negative values).</summary>
    public (BigInteger Floor, bool Exact) Cell(int decimals)
    {
        BigInteger floor = BigInteger.DivRem(N * BigInteger.Pow(10, decimals), D, out BigInteger rest);
        return (floor, rest.IsZero);
    }

    /// <summary>
    /// HJ 663-2013 Appendix A over values sorted ascending: k = 1 + (n − 1)p, s = ⌊k⌋, X(s) + (X(s+1) − X(s))(k − s),
    /// X(n) when s = n.
    /// </summary>
    public static Q Percentile(IReadOnlyList<Q> sorted, decimal p)
    {
        Q k = new Q(1, 1) + (new Q(sorted.Count - 1, 1) * Of(p));
        var s = (int)BigInteger.Divide(k.N, k.D);
        if (s >= sorted.Count)
        {
            return sorted[^1];
        }
        Q low = sorted[s - 1];
        return low + ((sorted[s] - low) * (k - new Q(s, 1)));
    }

    /// <summary>
    /// This value (non-negative) rounded to <paramref name="decimals"/> by <paramref name="mode"/>, by the textbook rules
    /// (GB/T 8170 half to even: a remainder of exactly half goes to the even neighbour).
    /// </summary>
    public Q Round(int decimals, RoundingMode mode)
    {
        BigInteger scale = BigInteger.Pow(10, decimals);
        BigInteger floor = BigInteger.DivRem(N * scale, D, out BigInteger rest);
        int half = (rest * 2).CompareTo(D);
        bool up = !rest.IsZero && mode switch
        {
            RoundingMode.HalfEven => half > 0 || (half == 0 && !floor.IsEven),
            RoundingMode.HalfUp => half >= 0,
            RoundingMode.Ceiling => true,
            _ => false, // Truncate, Floor: toward zero for non-negative values
        };
        return new Q(floor + (up ? 1 : 0), scale);
    }
}
