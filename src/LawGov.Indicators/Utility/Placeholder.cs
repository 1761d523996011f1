namespace LawGov.Indicators.Utility;

internal static class Placeholder
{
}
