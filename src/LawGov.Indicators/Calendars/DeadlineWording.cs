using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Reads the deadline wording of plans (time-limits.md §3): <c>2017年底前</c>, <c>年底前</c>, <c>年内</c>,
/// <c>2018年6月底前</c>, <c>2020年9月30日前</c>, <c>每年第一季度</c>, <c>2020年下半年</c>, <c>每年3月31日前</c>.
/// </summary>
/// <remarks>
/// <para>
/// The whole text must be one deadline phrase (extract it from the sentence first). Before matching, full-width
/// ASCII (U+FF01–U+FF5E, e.g. <c>２０１７</c>) is folded to half-width and all white space (including U+00A0, U+2002,
/// U+3000) is removed; this is the width part of NFKC, done by table so it does not depend on the platform's
/// globalization mode. Months and quarters may be written with Chinese numerals (六月底前, 第一季度).
/// </para>
/// <para>
/// Meanings: X年底前 / X年末 → X-12-31; X年内 → window X-01-01..X-12-31; X年M月底前 → last day of M; X年M月D日前 → that
/// day (inclusive: 前 includes the date, the library convention); X年第N季度 → the quarter's window, due at its end;
/// X年上半年 / 下半年 → 01-01..06-30 / 07-01..12-31. Without a year the plan year is meant; 本年 / 今年 / 当年 mean the
/// plan year. 每年 makes the deadline recur every year on the due day of its window (每年第一季度 → by 03-31 each year;
/// a month end stays a month end, so 每年2月底前 is due on 29 February in leap years).
/// </para>
/// </remarks>
public static partial class DeadlineWording
{
    private const string Month = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";

    /// <summary>Parses deadline wording.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="planYear">The year of the plan, meant when the phrase names none (1 to 9998).</param>
    /// <param name="deadline">The deadline, when recognised.</param>
    /// <returns>True when the text is deadline wording this parser knows.</returns>
    public static bool TryParse(string? text, int planYear, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Deadline? deadline)
    {
        deadline = null;
        if (text is null || planYear < 1 || planYear > 9998)
        {
            return false;
        }
        string rest = Normalize(text);
        bool every = false;
        int year = planYear;
        bool hasYear = false;
        Match prefix = YearPrefix().Match(rest);
        if (rest.StartsWith("每年", StringComparison.Ordinal))
        {
            every = true;
            rest = rest[2..];
        }
        else if (prefix.Success)
        {
            year = int.Parse(prefix.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year < 1 || year > 9998)
            {
                return false;
            }
            hasYear = true;
            rest = rest[prefix.Length..];
        }
        else if (rest.Length > 1 && rest[1] == '年' && (rest[0] is '本' or '今' or '当'))
        {
            hasYear = true;
            rest = rest[2..];
        }

        bool before = false;
        foreach (string suffix in (ReadOnlySpan<string>)["以前", "之前", "前"])
        {
            if (rest.EndsWith(suffix, StringComparison.Ordinal))
            {
                rest = rest[..^suffix.Length];
                before = true;
                break;
            }
        }

        if (!TryMatch(rest, year, hasYear || every, before, out deadline))
        {
            return false;
        }
        if (every)
        {
            LocalDate due = deadline!.Due!.Value;
            bool monthEnd = due.Day == DayNumbers.DaysInMonth(due.Year, due.Month);
            deadline = Deadline.EachYear(new AnnualDate(due.Month, monthEnd && due.Month == 2 ? 29 : due.Day));
        }
        return true;
    }

    private static bool TryMatch(string rest, int year, bool hasPrefix, bool before, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Deadline? deadline)
    {
        deadline = null;
        switch (rest)
        {
            case "年底" or "年末" or "年终" or "年度末":
            case "底" or "末" when hasPrefix:
                deadline = Deadline.On(new LocalDate(year, 12, 31));
                return true;
            case "年内" or "年度内" or "度内" when !before:
            case "内" when hasPrefix && !before:
                deadline = Deadline.Within(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
                return true;
        }

        Match match = MonthEnd().Match(rest);
        if (match.Success)
        {
            int month = ParseNumber(match.Groups["month"].Value);
            deadline = Deadline.On(new LocalDate(year, month, DayNumbers.DaysInMonth(year, month)));
            return true;
        }
        match = MonthDay().Match(rest);
        if (match.Success)
        {
            int month = ParseNumber(match.Groups["month"].Value);
            int day = int.Parse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (day < 1 || day > DayNumbers.DaysInMonth(year, month))
            {
                return false;
            }
            deadline = Deadline.On(new LocalDate(year, month, day));
            return true;
        }
        match = Quarter().Match(rest);
        if (match.Success)
        {
            int quarter = ParseNumber(match.Groups["quarter"].Value);
            int lastMonth = quarter * 3;
            deadline = Deadline.Within(new DateInterval(
                new LocalDate(year, lastMonth - 2, 1),
                new LocalDate(year, lastMonth, DayNumbers.DaysInMonth(year, lastMonth))));
            return true;
        }
        match = HalfYear().Match(rest);
        if (match.Success)
        {
            deadline = match.Groups["half"].Value == "上"
                ? Deadline.Within(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 6, 30)))
                : Deadline.Within(new DateInterval(new LocalDate(year, 7, 1), new LocalDate(year, 12, 31)));
            return true;
        }
        return false;
    }

    /// <summary>Folds full-width ASCII and the ideographic space to half-width and removes all white space.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(folded))
            {
                builder.Append(folded);
            }
        }
        return builder.ToString();
    }

    private static int ParseNumber(string text)
    {
        if (char.IsAsciiDigit(text[0]))
        {
            return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        const string digits = "一二三四五六七八九";
        if (text[0] == '十')
        {
            return text.Length == 1 ? 10 : 10 + digits.IndexOf(text[1], StringComparison.Ordinal) + 1;
        }
        return digits.IndexOf(text[0], StringComparison.Ordinal) + 1;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})年", RegexOptions.CultureInvariant)]
    private static partial Regex YearPrefix();

    [GeneratedRegex("^(?<month>" + Month + ")月(?:底|末)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthEnd();

    [GeneratedRegex("^(?<month>" + Month + @")月(?<day>[0-9]{1,2})日$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex("^第?(?<quarter>[1-4一二三四])季度(?:末|底|内)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex("^(?<half>上|下)半年(?:内|末|底)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();
}
