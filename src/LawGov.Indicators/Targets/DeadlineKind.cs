namespace LawGov.Indicators.Targets;

/// <summary>How a deadline is stated.</summary>
public enum DeadlineKind
{
    /// <summary>On or before a date: 2017年底前 = 2017-12-31.</summary>
    Fixed = 0,

    /// <summary>By the same day each year of the target's period: 每年第一季度 = by 31 March each year.</summary>
    Annual = 1,

    /// <summary>Within a window whose end is the deadline: 2020年下半年 = 2020-07-01..2020-12-31.</summary>
    Window = 2,
}
