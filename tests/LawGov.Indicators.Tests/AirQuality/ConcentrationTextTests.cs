using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class ConcentrationTextTests
{
    [Theory]
    [InlineData("35", "35")]
    [InlineData("2.2", "2.2")]
    [InlineData("2.200000", "2.2")] // trailing zeros: the same exact value
    [InlineData("2.2000000000", "2.2")] // trailing zeros beyond six decimals change nothing either
    [InlineData("0.000001", "0.000001")] // six decimals: the reader's limit
    [InlineData("9999999.999999", "9999999.999999")] // seven integer digits and six decimals
    [InlineData("-0", "0")]
    public void TryParse_ExactDecimal_IsKeptExactly(string text, string expected)
    {
        Assert.True(ConcentrationText.TryParse(text, out decimal value, out string? error));

        Assert.Null(error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2.20000000000000000000000000001", "more than 6 decimal places")] // decimal.Parse would round it to 2.2
    [InlineData("2.2000001", "more than 6 decimal places")]
    [InlineData("12345678", "more than 7 digits before the decimal point")]
    [InlineData("2,2", "expected a number")]
    [InlineData("1e3", "expected a number")]
    [InlineData("abc", "expected a number")]
    [InlineData("NA", "marks a missing value")]
    [InlineData("", "marks a missing value")]
    [InlineData("-1", "cannot be negative")]
    [InlineData("\"35\"", "holds a quote")] // a CSV field's quotes are the reader's, not part of a value
    [InlineData("\"35", "holds a quote")]
    public void TryParse_InexactOrNotAConcentration_IsRefused(string text, string message)
    {
        Assert.False(ConcentrationText.TryParse(text, out _, out string? error));

        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
