using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void ChinaMainland_Coverage_Is2015To2026()
    {
        Assert.Equal(new DateInterval(D(2015, 1, 1), D(2026, 12, 31)), China.Coverage);
        Assert.Equal("China mainland", China.Name);
    }

    // china-holidays.md item 7: working days Jan 1..Dec 31 of each calendar year.
    [Theory]
    [InlineData(2015, 249)]
    [InlineData(2016, 250)]
    [InlineData(2017, 249)]
    [InlineData(2018, 250)]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void CountWorkingDays_WholeYear_MatchesHolidayReference(int year, int expected) =>
        Assert.Equal(expected, China.CountWorkingDays(new DateInterval(D(year, 1, 1), D(year, 12, 31))));

    // 2020 notice: Saturday 2020-10-10 is a working day; 2020-10-08 (Thursday) is in the 10-01..10-08 block.
    [Fact]
    public void GetStatus_NationalDay2020_AdjustedSaturdayWorksHolidayThursdayRests()
    {
        Assert.Equal(DayStatus.AdjustedWorkingDay, China.GetStatus(D(2020, 10, 10)));
        Assert.True(China.IsWorkingDay(D(2020, 10, 10)));
        Assert.Equal(DayStatus.Holiday, China.GetStatus(D(2020, 10, 8)));
        Assert.True(China.IsRestDay(D(2020, 10, 8)));
        Assert.Equal(DayStatus.Weekend, China.GetStatus(D(2020, 10, 11)));
        Assert.Equal(DayStatus.Working, China.GetStatus(D(2020, 10, 12)));
    }

    // china-holidays.md item 3: the 2019 notice makes Saturday 2018-12-29 a working day and 2018-12-30..2019-01-01 days off.
    [Fact]
    public void IsWorkingDay_2019NoticeReachingIntoDecember2018_IsApplied()
    {
        Assert.True(China.IsWorkingDay(D(2018, 12, 29)));
        Assert.True(China.IsRestDay(D(2018, 12, 31)));
        Assert.Equal("元旦", China.GetHoliday(D(2018, 12, 31))!.NameZh);
    }

    // china-holidays.md item 4: 国办发明电〔2020〕1号 extended Spring Festival to 2020-02-02; the 02-01 make-up working day lapsed.
    [Fact]
    public void GetHoliday_2020SpringFestivalExtension_CoversFebruaryFirstAndSecond()
    {
        Holiday? holiday = China.GetHoliday(D(2020, 2, 1));

        Assert.NotNull(holiday);
        Assert.Equal("春节", holiday.NameZh);
        Assert.Equal(new DateInterval(D(2020, 1, 24), D(2020, 2, 2)), holiday.Days);
        Assert.True(China.IsWorkingDay(D(2020, 2, 3)));
    }

    // china-holidays.md item 4: 国发明电〔2015〕1号, 2015-09-03..09-05 off and Sunday 2015-09-06 a working day.
    [Fact]
    public void GetHoliday_2015VictoryAnniversary_IsHolidayAndSundayAfterWorks()
    {
        Assert.Equal("抗战胜利70周年纪念日", China.GetHoliday(D(2015, 9, 4))!.NameZh);
        Assert.True(China.IsWorkingDay(D(2015, 9, 6)));
    }

    // 国办发明电〔2019〕3号: Labour Day 2019-05-01..05-04 off; Sundays 04-28 and 05-05 working.
    [Fact]
    public void IsWorkingDay_2019LabourDayExtension_IsApplied()
    {
        Assert.True(China.IsRestDay(D(2019, 5, 3)));
        Assert.True(China.IsRestDay(D(2019, 5, 4)));
        Assert.True(China.IsWorkingDay(D(2019, 4, 28)));
        Assert.True(China.IsWorkingDay(D(2019, 5, 5)));
    }

    [Fact]
    public void GetHoliday_OrdinaryWeekend_IsNull() => Assert.Null(China.GetHoliday(D(2020, 10, 11)));

    // time-limits.md §2 worked check: 20 working days from Wed 2020-09-30 → Wed 2020-11-04.
    [Fact]
    public void AddWorkingDays_TwentyFromNationalDayEve2020_IsNovemberFourth() =>
        Assert.Equal(D(2020, 11, 4), China.AddWorkingDays(D(2020, 9, 30), 20));

    // 2021 notice: Spring Festival 02-11..02-17 off, Saturday 02-20 working. From Wed 02-10: 02-18 (1), 02-19 (2), 02-20 (3).
    [Fact]
    public void AddWorkingDays_AcrossSpringFestival2021_CountsAdjustedSaturday()
    {
        Assert.Equal(D(2021, 2, 18), China.AddWorkingDays(D(2021, 2, 10), 1));
        Assert.Equal(D(2021, 2, 20), China.AddWorkingDays(D(2021, 2, 10), 3));
    }

    // 2024 notice: Sunday 09-29 and Saturday 10-12 working, 10-01..10-07 off. From Fri 09-27: 09-29 (1), 09-30 (2), 10-08 (3).
    [Fact]
    public void AddWorkingDays_AroundNationalDay2024_UsesAdjustedWeekendDays()
    {
        Assert.Equal(D(2024, 9, 29), China.AddWorkingDays(D(2024, 9, 27), 1));
        Assert.Equal(D(2024, 10, 8), China.AddWorkingDays(D(2024, 9, 27), 3));
        Assert.Equal(D(2024, 10, 12), China.AddWorkingDays(D(2024, 9, 27), 7));
    }

    // A start on a rest day is not counted: from Sunday 2020-10-04 (holiday), 1 working day is Fri 2020-10-09.
    [Fact]
    public void AddWorkingDays_StartOnHoliday_FirstWorkingDayAfterBlock() =>
        Assert.Equal(D(2020, 10, 9), China.AddWorkingDays(D(2020, 10, 4), 1));

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStartEvenOnRestDay() =>
        Assert.Equal(D(2020, 10, 4), China.AddWorkingDays(D(2020, 10, 4), 0));

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D(2020, 10, 4), -1));

    // 2026-12-31 is a Thursday; 5 working days later is in 2027, which no notice covers.
    [Fact]
    public void AddWorkingDays_PastCoverage_ThrowsNamingYear()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D(2026, 12, 28), 5));

        Assert.Equal(2027, ex.Year);
        Assert.Contains("2027", ex.Message);
        Assert.Equal(China.Coverage, ex.Coverage);
    }

    [Fact]
    public void IsWorkingDay_BeforeCoverage_ThrowsNamingYear()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(D(2014, 12, 31)));

        Assert.Equal(2014, ex.Year);
        Assert.Contains("the year 2014 is not covered", ex.Message);
    }

    // The day before the coverage may be a start: only the days after it are consulted. 2015-01-01..03 are off, 01-04 (Sunday) works.
    [Fact]
    public void AddWorkingDays_StartOnDayBeforeCoverage_IsAllowed() =>
        Assert.Equal(D(2015, 1, 4), China.AddWorkingDays(D(2014, 12, 31), 1));

    [Fact]
    public void AddWorkingDays_StartTwoDaysBeforeCoverage_ThrowsNaming2014() =>
        Assert.Equal(2014, Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D(2014, 12, 30), 1)).Year);

    // 2020-10-01..10-08 off: the next working day on or after 10-03 is Fri 10-09; a working day maps to itself.
    [Fact]
    public void NextWorkingDayOnOrAfter_Holiday_MovesToEndOfBlock()
    {
        Assert.Equal(D(2020, 10, 9), China.NextWorkingDayOnOrAfter(D(2020, 10, 3)));
        Assert.Equal(D(2020, 10, 9), China.NextWorkingDayOnOrAfter(D(2020, 10, 9)));
    }

    // 2026-12-31 Thursday is a working day; an uncovered date names its year.
    [Fact]
    public void NextWorkingDayOnOrAfter_Uncovered_ThrowsNamingYear() =>
        Assert.Equal(2027, Assert.Throws<CalendarCoverageException>(() => China.NextWorkingDayOnOrAfter(D(2027, 1, 1))).Year);

    // time-limits.md §2: 2020-09-08 to 2020-10-08 is 30 calendar days (start not counted).
    [Fact]
    public void CountDays_CalendarDays_StartNotCounted()
    {
        Assert.Equal(30, China.CountDays(D(2020, 9, 8), D(2020, 10, 8), DayKind.Calendar));
        Assert.Equal(0, China.CountDays(D(2020, 9, 8), D(2020, 9, 8), DayKind.Calendar));
    }

    // Calendar days need no coverage: 2019-04-01 to 2020-06-01 in 2030 terms is still plain arithmetic (2030-04-01..2030-06-01 = 61 days).
    [Fact]
    public void CountDays_CalendarDaysOutsideCoverage_DoesNotThrow() =>
        Assert.Equal(61, China.CountDays(D(2030, 4, 1), D(2030, 6, 1), DayKind.Calendar));

    // Inverse of the worked check: 2020-09-30 to 2020-11-04 holds 20 working days.
    [Fact]
    public void CountDays_WorkingDays_InverseOfAddWorkingDays() =>
        Assert.Equal(20, China.CountDays(D(2020, 9, 30), D(2020, 11, 4), DayKind.Working));

    [Fact]
    public void CountDays_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => China.CountDays(D(2020, 9, 30), D(2020, 9, 29), DayKind.Calendar));

    [Fact]
    public void CountDays_WorkingDaysPastCoverage_ThrowsNamingYear() =>
        Assert.Equal(2027, Assert.Throws<CalendarCoverageException>(() => China.CountDays(D(2026, 12, 1), D(2027, 1, 5), DayKind.Working)).Year);

    [Fact]
    public void CountWorkingDays_UncoveredInterval_Throws() =>
        Assert.Throws<CalendarCoverageException>(() => China.CountWorkingDays(new DateInterval(D(2026, 12, 1), D(2027, 1, 5))));

    // 2015-01-01..03 are holidays; Sunday 01-04 is working; 01-05..01-09 Mon–Fri: 6 working days in 01-01..01-10 (Sat).
    [Fact]
    public void CountWorkingDays_FirstTenDaysOf2015_IsSix() =>
        Assert.Equal(6, China.CountWorkingDays(new DateInterval(D(2015, 1, 1), D(2015, 1, 10))));

    [Fact]
    public void Holidays_AreInDateOrderAndIncludeSpecialDays()
    {
        Assert.Equal(D(2015, 1, 1), China.Holidays[0].Days.Start);
        Assert.True(China.Holidays.Zip(China.Holidays.Skip(1)).All(p => p.First.Days.Start < p.Second.Days.Start));
        Assert.Contains(China.Holidays, h => h.NameZh == "抗战胜利70周年纪念日");
    }

    // Plain week: 2024-01-01 is a Monday; Monday to Friday working, Saturday and Sunday rest.
    [Fact]
    public void WeekendsOnly_FollowsPlainWeek()
    {
        var calendar = WorkingDayCalendar.WeekendsOnly("plain", new DateInterval(D(2024, 1, 1), D(2024, 1, 31)));

        Assert.True(calendar.IsWorkingDay(D(2024, 1, 1)));
        Assert.True(calendar.IsRestDay(D(2024, 1, 6)));
        Assert.Equal(23, calendar.CountWorkingDays(calendar.Coverage));
    }

    // A local rule: Kunshan-style extra day off on Friday 2024-03-08 moves 1 working day after Thursday 03-07 to Monday 03-11.
    [Fact]
    public void WithRestDays_LocalHoliday_IsSkipped()
    {
        WorkingDayCalendar local = China.WithRestDays(new DateInterval(D(2024, 3, 8), D(2024, 3, 8)), "地方假日", "Local day off");

        Assert.Equal(D(2024, 3, 11), local.AddWorkingDays(D(2024, 3, 7), 1));
        Assert.Equal("Local day off", local.GetHoliday(D(2024, 3, 8))!.NameEn);
        Assert.Equal(D(2024, 3, 8), China.AddWorkingDays(D(2024, 3, 7), 1));
    }

    [Fact]
    public void WithWorkingDays_Saturday_BecomesAdjustedWorkingDay()
    {
        WorkingDayCalendar local = China.WithWorkingDays([D(2024, 3, 9)]);

        Assert.Equal(DayStatus.AdjustedWorkingDay, local.GetStatus(D(2024, 3, 9)));
        Assert.Equal(D(2024, 3, 9), local.AddWorkingDays(D(2024, 3, 8), 1));
    }

    [Fact]
    public void WithWorkingDays_UncoveredDate_Throws() =>
        Assert.Throws<CalendarCoverageException>(() => China.WithWorkingDays([D(2030, 3, 9)]));

    // 2027-01-01 is a Friday: with plain-week coverage added, 1 working day after 2026-12-31 is 2027-01-01.
    [Fact]
    public void WithCoverage_ExtendsWithPlainWeek()
    {
        WorkingDayCalendar extended = China.WithCoverage(new DateInterval(D(2015, 1, 1), D(2027, 12, 31)));

        Assert.Equal(D(2027, 12, 31), extended.Coverage.End);
        Assert.Equal(D(2027, 1, 1), extended.AddWorkingDays(D(2026, 12, 31), 1));
        Assert.Equal(249, extended.CountWorkingDays(new DateInterval(D(2015, 1, 1), D(2015, 12, 31))));
    }

    [Fact]
    public void WithCoverage_NotContainingCurrent_Throws() =>
        Assert.Throws<ArgumentException>(() => China.WithCoverage(new DateInterval(D(2016, 1, 1), D(2027, 12, 31))));

    [Fact]
    public void Load_ValidFileOnTopOfChina_AddsYearAndNamesIt()
    {
        // A made-up 2027 notice for the test: 2027-01-01 (Fri) off and Saturday 2026-12-26 working.
        const string json = """
            { "name": "cn+2027", "years": [ { "year": 2027,
              "holidays": [ { "name_zh": "元旦", "name_en": "New Year's Day", "start": "2027-01-01", "end": "2027-01-03" } ],
              "adjusted_workdays": [ "2026-12-26" ] } ] }
            """;

        WorkingDayCalendar calendar = WorkingDayCalendar.Load(Utf8(json), China);

        Assert.Equal("cn+2027", calendar.Name);
        Assert.Equal(D(2027, 12, 31), calendar.Coverage.End);
        Assert.True(calendar.IsRestDay(D(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(D(2026, 12, 26)));
        Assert.Equal(D(2027, 1, 4), calendar.AddWorkingDays(D(2026, 12, 31), 1));
    }

    [Fact]
    public void Load_StandaloneFile_CoversItsYearsOnly()
    {
        const string json = """{ "years": [ { "year": 2030, "holidays": [], "adjusted_workdays": [] } ] }""";

        WorkingDayCalendar calendar = WorkingDayCalendar.Load(Utf8(json));

        Assert.Equal(new DateInterval(D(2030, 1, 1), D(2030, 12, 31)), calendar.Coverage);
        Assert.Equal("custom", calendar.Name);
    }

    [Theory]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [ { "name_zh": "x", "start": "2030-02-30", "end": "2030-03-01" } ] } ] }""", "$.years[0].holidays[0].start")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [ { "name_zh": "x", "start": "2030-03-02", "end": "2030-03-01" } ] } ] }""", "$.years[0].holidays[0].end")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [ { "start": "2030-03-01", "end": "2030-03-01" } ] } ] }""", "$.years[0].holidays[0].name_zh")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [], "adjusted_workdays": [ "2030-03-04" ] } ] }""", "$.years[0].adjusted_workdays[0]")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [], "adjusted_workdays": [ "2031-03-01" ] } ] }""", "$.years[0].adjusted_workdays[0]")]
    // A misspelt member ("holiday") is unknown, and the year then states neither holidays nor a working-day count.
    [InlineData("""{ "years": [ { "year": 2030, "holiday": [ { "name_zh": "x", "start": "2030-03-01", "end": "2030-03-01" } ] } ] }""", "$.years[0].holiday")]
    [InlineData("""{ "years": [ { "year": 2030 } ] }""", "$.years[0]")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [ { "name_zh": "x", "start": "2030-03-01", "end": "2030-03-01", "note": "" } ] } ] }""", "$.years[0].holidays[0].note")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [], "amendments": [ { "notice": "n", "effect": "" } ] } ] }""", "$.years[0].amendments[0].effect")]
    [InlineData("""{ "name": "a", "title": "b", "years": [ { "year": 2030, "holidays": [] } ] }""", "$.title")]
    [InlineData("""{ "years": [ { "year": 2030 }, { "year": 2032 } ] }""", "$.years")]
    [InlineData("""{ "years": [ { "year": 2030 }, { "year": 2030 } ] }""", "$.years[1].year")]
    [InlineData("""{ "years": [ { "year": 2030, "working_days_in_year": 250 } ] }""", "$.years[0].working_days_in_year")]
    [InlineData("""{ "years": [] }""", "$.years")]
    [InlineData("""{ "years": [ { "holidays": [] } ] }""", "$.years[0].year")]
    public void Load_InvalidFile_ThrowsJsonExceptionNamingPath(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8(json)));

        Assert.Equal(path, ex.Path);
        Assert.Contains(path, ex.Message);
    }

    // 2030-03-02 is a Saturday: declared both a holiday and a working day.
    [Fact]
    public void Load_DayBothOffAndWorking_Throws()
    {
        const string json = """
            { "years": [ { "year": 2030,
              "holidays": [ { "name_zh": "x", "start": "2030-03-01", "end": "2030-03-03" } ],
              "adjusted_workdays": [ "2030-03-02" ] } ] }
            """;

        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8(json)));

        Assert.Contains("2030-03-02 is also in a holiday block", ex.Message);
    }

    [Fact]
    public void Load_UnknownMember_MessageNamesPathAndMember()
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 2030, "holiday": [] } ] }""")));

        Assert.Equal("Calendar JSON at $.years[0].holiday: unknown property 'holiday'.", ex.Message);
    }

    [Fact]
    public void Load_MemberGivenTwice_ThrowsNamingIt()
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 2030, "holidays": [], "holidays": [] } ] }""")));

        Assert.StartsWith("Calendar JSON at $.years[0]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the property 'holidays' appears twice", ex.Message, StringComparison.Ordinal);
    }

    // As strict as the catalog format: a comment or a trailing comma is an error naming where it is (they were skipped).
    [Theory]
    [InlineData("{ \"years\": [ { \"year\": 2030, \"holidays\": [] } ] // the 2030 notice\n}", "$", "comments are not allowed (line 1, byte 49)")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [], } ] }""", "$.years[0]", "a trailing comma is not allowed (line 1, byte 46)")]
    [InlineData("""{ "years": [ { "year": 2030, "holidays": [] }, ] }""", "$.years[1]", "a trailing comma is not allowed")]
    public void Load_CommentOrTrailingComma_ThrowsNamingWhere(string json, string path, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8(json)));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith("Calendar JSON at " + path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    // Whole numbers are read exactly, as in the catalog format: a fraction or a number beyond 32 bits is refused, never
    // truncated or wrapped; 261.0 is the whole number 261 (2030: 52 weeks and a Tuesday, 261 working days).
    [Theory]
    [InlineData("""{ "years": [ { "year": 2030.5, "holidays": [] } ] }""", "$.years[0].year", "expected a whole number, got 2030.5")]
    [InlineData("""{ "years": [ { "year": 1e10, "holidays": [] } ] }""", "$.years[0].year", "out of range (1e10 is outside -2147483648..2147483647)")]
    [InlineData("""{ "years": [ { "year": 2030, "working_days_in_year": "261" } ] }""", "$.years[0].working_days_in_year", "expected a whole number, got String")]
    public void Load_NumberThatIsNotAWholeNumber_ThrowsNamingPath(string json, string path, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8(json)));

        Assert.Equal(path, ex.Path);
        Assert.Equal("Calendar JSON at " + path + ": " + expected + ".", ex.Message);
    }

    [Fact]
    public void Load_WholeNumberWithDecimalPoint_IsAccepted() =>
        Assert.Equal(261, WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 2030, "working_days_in_year": 261.0 } ] }""")).CountWorkingDays(new DateInterval(D(2030, 1, 1), D(2030, 12, 31))));

    // An object where a member expects one names what was expected, not a .NET type.
    [Fact]
    public void Load_WrongTypeForAnObject_SaysAnObjectWasExpected()
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "conventions": 5, "years": [ 5 ] }""")));

        Assert.Equal("Calendar JSON at $.conventions: expected an object.", ex.Message);
    }

    [Fact]
    public void Load_YearWithNeitherHolidaysNorCount_SaysWhatIsMissing()
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 2030, "adjusted_workdays": [] } ] }""")));

        Assert.Equal("Calendar JSON at $.years[0]: the year 2030 states neither 'holidays' (the notice's days off; [] for none) nor 'working_days_in_year'.", ex.Message);
    }

    // 2030 with no holidays is a plain year: 2030-01-01 is a Tuesday, so 52 weeks + Tuesday = 52 × 5 + 1 = 261 working days.
    [Fact]
    public void Load_YearWithWorkingDayCountOnly_IsAccepted() =>
        Assert.Equal(261, WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 2030, "working_days_in_year": 261 } ] }""")).CountWorkingDays(new DateInterval(D(2030, 1, 1), D(2030, 12, 31))));

    // The provenance members of the embedded State Council file are declared, so a user file copied from it loads.
    [Fact]
    public void Load_ProvenanceMembersOfEmbeddedFile_AreAccepted()
    {
        const string json = """
            { "description": "d", "conventions": { "dates": "ISO" },
              "years": [ { "year": 2030, "notice": "国办发明电〔2029〕1号", "issued": "2029-11-01", "source_url": "https://example.org/n",
                "holidays": [ { "name_zh": "元旦", "name_en": "New Year's Day", "start": "2030-01-01", "end": "2030-01-01" } ],
                "adjusted_workdays": [], "amendments": [ { "notice": "n", "date": "2030-02-01", "summary": "s" } ] } ] }
            """;

        Assert.True(WorkingDayCalendar.Load(Utf8(json)).IsRestDay(D(2030, 1, 1)));
    }

    [Fact]
    public void Load_MalformedJson_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": "twenty" } ] }""")));

    // 2030 on top of the mainland calendar (2015–2026) leaves 2027–2029 uncovered; the year states its holidays, so
    // the gap is the only problem.
    [Fact]
    public void Load_GapToBaseCoverage_ThrowsNamingTheYearsAndTheCoverage()
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 2030, "holidays": [] } ] }"""), China));

        Assert.Equal("$.years", ex.Path);
        Assert.Equal("Calendar JSON at $.years: the years 2030 to 2030 leave a gap to the coverage of '" + China.Name + "' (2015-01-01..2026-12-31).", ex.Message);
    }

    // A file may reach 9999-12-31, as a calendar built in code may: 9999-01-01 is a Friday and the year is not a leap
    // year, so 52 weeks and a Friday give 52 × 5 + 1 = 261 working days (hand calculation); 9999-12-31 is a Friday.
    [Fact]
    public void Load_Year9999_IsAccepted()
    {
        WorkingDayCalendar calendar = WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 9999, "working_days_in_year": 261 } ] }"""));

        Assert.Equal(D(9999, 12, 31), calendar.Coverage.End);
        Assert.Equal(D(9999, 12, 31), calendar.AddWorkingDays(D(9999, 12, 30), 1));
    }

    [Fact]
    public void Load_Year10000_ThrowsNamingTheRange()
    {
        var ex = Assert.Throws<JsonException>(() => WorkingDayCalendar.Load(Utf8("""{ "years": [ { "year": 10000, "holidays": [] } ] }""")));

        Assert.Equal("Calendar JSON at $.years[0].year: expected a year from 1 to 9999, found 10000.", ex.Message);
    }

    // Either both counts fit the coverage and agree, or both need 2027.
    [Fact]
    public void AddWorkingDays_NThenM_EqualsNPlusM() =>
        Properties.Check(Prop.ForAll(
            Generators.ChinaDate.SelectMany(d => Gen.Choose(0, 60).SelectMany(n => Gen.Choose(0, 60).Select(m => (d, n, m)))).ToArbitrary(),
            t => Covered.Try(() => China.AddWorkingDays(China.AddWorkingDays(t.d, t.n), t.m)) == Covered.Try(() => China.AddWorkingDays(t.d, t.n + t.m))));

    [Fact]
    public void AddWorkingDays_Positive_IsAWorkingDayAfterStart() =>
        Properties.Check(Prop.ForAll(
            Generators.ChinaDate.SelectMany(d => Gen.Choose(1, 120).Select(n => (d, n))).ToArbitrary(),
            t =>
            {
                Covered<LocalDate> due = Covered.Try(() => China.AddWorkingDays(t.d, t.n));
                if (!due.IsCovered)
                {
                    // Past the coverage only when fewer than n working days remain after the start in 2026.
                    return due.UncoveredYear == 2027 && China.CountDays(t.d, D(2026, 12, 31), DayKind.Working) < t.n;
                }
                LocalDate day = due.Value!.Value;
                return day > t.d && China.IsWorkingDay(day) && China.CountDays(t.d, day, DayKind.Working) == t.n;
            }));

    [Fact]
    public void NextWorkingDayOnOrAfter_IsFirstWorkingDayNotBefore() =>
        Properties.Check(Prop.ForAll(
            Generators.ChinaDate.ToArbitrary(),
            d =>
            {
                // 2026-12-31 is a working day (a Thursday), so every covered date has one on or after it.
                LocalDate next = China.NextWorkingDayOnOrAfter(d);
                bool allBetweenRest = Enumerable.Range(0, Period.DaysBetween(d, next)).All(i => China.IsRestDay(d.PlusDays(i)));
                return next >= d && China.IsWorkingDay(next) && allBetweenRest;
            }));

    // Dates near the end of what NodaTime represents: the coverage error names the year 10000 instead of crashing.
    [Fact]
    public void AddWorkingDays_FromLastRepresentableDate_ThrowsCoverageNamingYear10000()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D(9999, 12, 31), 1));

        Assert.Equal(10000, ex.Year);
        Assert.Null(ex.Date);
        Assert.Equal("The working-day calendar 'China mainland' covers 2015-01-01 to 2026-12-31; the year 10000 is not covered (needed 10000-01-01).", ex.Message);
    }

    [Fact]
    public void NextWorkingDayOnOrAfter_LastRepresentableDate_ThrowsNamingYear9999()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => China.NextWorkingDayOnOrAfter(D(9999, 12, 31)));

        Assert.Equal(9999, ex.Year);
        Assert.Equal(D(9999, 12, 31), ex.Date);
    }

    // A calendar that covers the last representable dates: one working day after its last day is in the year 10000.
    [Fact]
    public void AddWorkingDays_PastCalendarEndingOn99991231_ThrowsCoverage()
    {
        var calendar = WorkingDayCalendar.WeekendsOnly("to the end", new DateInterval(D(9999, 12, 1), D(9999, 12, 31)));

        Assert.Equal(10000, Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(D(9999, 12, 31), 1)).Year);
        Assert.Equal(10000, Assert.Throws<CalendarCoverageException>(() => TimeLimit.CalendarDays(5).DueDate(D(9999, 12, 31), calendar)).Year);
    }

    // Hand count, china-holidays.json 2020: Spring Festival extended to 01-24..02-02; the Saturday 02-01 make-up day
    // lapsed. From Wed 01-22: Thu 01-23 (1), 01-24..02-02 off, Mon 02-03 (2), 02-04 (3), 02-05 (4), Thu 02-06 (5).
    // Had 02-01 still been a working day, the 5th would be 02-05.
    [Fact]
    public void AddWorkingDays_Across2020SpringFestivalExtension_SkipsLapsedMakeUpDay() =>
        Assert.Equal(D(2020, 2, 6), China.AddWorkingDays(D(2020, 1, 22), 5));

    // Hand count, 2015 Victory anniversary: 09-03..09-05 off, Sunday 09-06 working. From Wed 09-02: Sun 09-06 (1),
    // Mon 09-07 (2), Tue 09-08 (3).
    [Fact]
    public void AddWorkingDays_Across2015VictoryHoliday_CountsSundaySixth() =>
        Assert.Equal(D(2015, 9, 8), China.AddWorkingDays(D(2015, 9, 2), 3));

    // Hand count, 2019 Labour Day (国办发明电〔2019〕3号): 05-01..05-04 off, Sunday 05-05 working. From Mon 04-29:
    // Tue 04-30 (1), Sun 05-05 (2), Mon 05-06 (3).
    [Fact]
    public void AddWorkingDays_Across2019LabourDayChange_CountsSundayFifth() =>
        Assert.Equal(D(2019, 5, 6), China.AddWorkingDays(D(2019, 4, 29), 3));

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));
}
