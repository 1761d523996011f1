namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>A small hand-checked timeliness CSV shared by the library and CLI tests.</summary>
public static class TimelinessSample
{
    // Hand calculation against china-holidays.json, limit 20 working days, as of 2020-12-31:
    // line 2: received 09-30, due 11-04 (time-limits.md §2), replied 11-04 → timely (on time).
    // line 3: replied 11-05 → overdue by 1 day.
    // line 4: open, due 11-04 < as-of → overdue by 57 days (26 + 31).
    // line 5: received Sun 12-20: 12-21..25 (5), 12-28..31 (9), 2021-01-01..03 off, 01-04..08 (14), 01-11..15 (19),
    //         01-18 (20) → due 2021-01-18, open as of 12-31 → pending.
    // line 6: month 13 → error. line 7: replied before received → error.
    // line 8: received Mon 06-01: 06-02..05 (4), 06-08..12 (9), 06-15..19 (14), 06-22..24 (17), 06-25..27 Dragon Boat off,
    //         Sunday 06-28 working (18), 06-29 (19), 06-30 (20) → due 06-30; replied 06-20 → timely.
    public const string Csv =
        "id,unit,received,replied\n" +
        "1,A,2020-09-30,2020-11-04\n" +
        "2,A,2020-09-30,2020-11-05\n" +
        "3,B,2020-09-30,\n" +
        "4,B,2020-12-20,\n" +
        "5,B,2020-13-01,2020-12-01\n" +
        "6,A,2020-10-10,2020-10-01\n" +
        "7,A,2020-06-01,2020-06-20\n";
}
