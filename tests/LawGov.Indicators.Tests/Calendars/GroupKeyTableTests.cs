using System.Text;
using LawGov.Indicators.Calendars;

namespace LawGov.Indicators.Tests.Calendars;

public class GroupKeyTableTests
{
    [Fact]
    public void GetOrAdd_SameBytes_SameId()
    {
        var table = new GroupKeyTable();

        int a = table.GetOrAdd("临沂市"u8);
        int b = table.GetOrAdd("高州市"u8);

        Assert.Equal(a, table.GetOrAdd("临沂市"u8));
        Assert.NotEqual(a, b);
        Assert.Equal("高州市", table.KeyAt(b));
    }

    [Fact]
    public void GetOrAdd_ManyKeys_SurvivesRehash()
    {
        var table = new GroupKeyTable();
        for (int i = 0; i < 5000; i++)
        {
            Assert.Equal(i, table.GetOrAdd(Encoding.UTF8.GetBytes("unit-" + i)));
        }
        for (int i = 0; i < 5000; i++)
        {
            Assert.Equal(i, table.GetOrAdd(Encoding.UTF8.GetBytes("unit-" + i)));
        }
        Assert.Equal(5000, table.Count);
        Assert.Equal("unit-4321", table.KeyAt(4321));
    }

    [Fact]
    public void GetOrAdd_InvalidUtf8_ReturnsMinusOneAndAddsNothing()
    {
        var table = new GroupKeyTable();

        Assert.Equal(-1, table.GetOrAdd([0x41, 0xFF]));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void GetOrAdd_EmptyKey_IsAGroup() => Assert.Equal(0, new GroupKeyTable().GetOrAdd([]));
}
