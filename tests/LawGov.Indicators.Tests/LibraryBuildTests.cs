using System.Reflection;
using System.Runtime.Versioning;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Tests;

/// <summary>
/// Which build of the library the tests run against: these sources are compiled twice, by LawGov.Indicators.Tests
/// against the net10.0 build and by LawGov.Indicators.Tests.Net8 (LIBRARY_NET8) against the net8.0 build.
/// </summary>
public class LibraryBuildTests
{
#if LIBRARY_NET8
    private const string Expected = ".NETCoreApp,Version=v8.0";
#else
    private const string Expected = ".NETCoreApp,Version=v10.0";
#endif

    [Fact]
    public void LoadedLibrary_IsTheBuildThisProjectTests() =>
        Assert.Equal(Expected, typeof(Rate).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
}
