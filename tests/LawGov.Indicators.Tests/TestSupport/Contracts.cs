namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// Reusable checks of the equality and ordering contracts (Equals, GetHashCode, ==, !=, CompareTo, &lt;, &gt;),
/// one line per type in the tests.
/// </summary>
public static class Contracts
{
    public static void AssertEquality<T>(T value, T equalValue, T unequalValue)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equalValue), "value.Equals(equalValue)");
        Assert.True(equalValue.Equals(value), "equalValue.Equals(value)");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals(unequalValue), "value.Equals(unequalValue)");
        Assert.True(value.Equals((object)equalValue), "Equals(object)");
        Assert.False(value.Equals((object?)null), "Equals(null)");
        Assert.True(Operator(value, equalValue, "op_Equality"), "==");
        Assert.False(Operator(value, unequalValue, "op_Equality"), "== unequal");
        Assert.False(Operator(value, equalValue, "op_Inequality"), "!=");
        Assert.True(Operator(value, unequalValue, "op_Inequality"), "!= unequal");
    }

    public static void AssertOrdering<T>(T lower, T equalToLower, T higher)
        where T : IComparable<T>
    {
        Assert.True(lower.CompareTo(higher) < 0, "lower < higher");
        Assert.True(higher.CompareTo(lower) > 0, "higher > lower");
        Assert.Equal(0, lower.CompareTo(equalToLower));
        Assert.True(Operator(lower, higher, "op_LessThan"), "<");
        Assert.False(Operator(higher, lower, "op_LessThan"), "< reversed");
        Assert.True(Operator(lower, equalToLower, "op_LessThanOrEqual"), "<= equal");
        Assert.True(Operator(higher, lower, "op_GreaterThan"), ">");
        Assert.True(Operator(lower, equalToLower, "op_GreaterThanOrEqual"), ">= equal");
        Assert.False(Operator(lower, higher, "op_GreaterThanOrEqual"), ">= reversed");
    }

    private static bool Operator<T>(T left, T right, string name)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)])
            ?? throw new Xunit.Sdk.XunitException($"{typeof(T).Name} has no {name}.");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
