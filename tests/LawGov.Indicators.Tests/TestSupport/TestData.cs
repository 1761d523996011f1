using System.Text;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// Reference data embedded in the test assembly (tests/LawGov.Indicators.Tests/Data, and the checked-in schema),
/// loaded through one place so tests never depend on the working directory.
/// </summary>
public static class TestData
{
    public static Stream Open(string name) =>
        typeof(TestData).Assembly.GetManifestResourceStream("TestData/" + name)
            ?? throw new InvalidOperationException($"No embedded test data named '{name}'.");

    public static string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
