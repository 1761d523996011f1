using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// National statutory time limits read in a stored copy of their text (time-limits.md §1, status S, unless a member
/// says where else). Limits still unverified (信访 acceptance 15 days, NPC suggestion replies …) are deliberately
/// absent: build them with <see cref="TimeLimit"/> once their text is checked. Local limits (规范性文件 filing in 15 or
/// 30 days, 12345 hotlines) are per-jurisdiction parameters, not constants.
/// </summary>
public static class StatutoryTimeLimits
{
    /// <summary>
    /// Replying to an information-disclosure application: 15 + 15 working days for applications received before
    /// 2019-05-15 (政府信息公开条例 2007, 国务院令第492号, art. 24); 20 + 20 working days from 2019-05-15 (the revision by
    /// 国务院令第711号, art. 33). The extension needs the head of the office's approval; time spent consulting third
    /// parties is not counted (not modelled). Selected by the date the application was received.
    /// </summary>
    public static TimeLimitSchedule InformationDisclosureReply { get; } =
        TimeLimitSchedule.Constant(TimeLimit.WorkingDays(15).WithExtension(15))
            .ChangedOn(new LocalDate(2019, 5, 15), TimeLimit.WorkingDays(20).WithExtension(20));

    /// <summary>
    /// Proactive disclosure: within 20 working days after the information is created or changed (政府信息公开条例 as
    /// revised by 国务院令第711号, art. 26).
    /// </summary>
    public static TimeLimit InformationDisclosureProactive { get; } = TimeLimit.WorkingDays(20);

    /// <summary>
    /// Administrative licensing decision: within 20 days of accepting the application, extendable by 10 days with the
    /// approval of the office's head, unless a law or regulation provides otherwise (中华人民共和国行政许可法, 主席令第七号,
    /// adopted 2003-08-27, in force 2004-07-01 — dates read in a stored copy of the promulgated 2003 text — art. 42 ¶1);
    /// the Act's periods are working days, statutory holidays excluded (art. 82). time-limits.md reads art. 82 in a
    /// stored copy and marks the 20 and 10 unverified. Both figures were since read in two further stored copies of
    /// art. 42 ¶1 — a repost of the Act's chapter 4 section 3 (期限, arts. 42–45) and a legal Q&amp;A quoting
    /// 《行政许可法》第四十二条 — neither of which says which text version it reproduces (the 2003 text or a later
    /// amendment), so whether every version in force kept art. 42 ¶1 is unverified; the figures are used for every start
    /// date. Not modelled: the 45 + 15 days for unified or joint handling (art. 42 ¶2) and the time for hearings, testing
    /// and expert review, which is not counted (art. 45).
    /// </summary>
    public static TimeLimit AdministrativeLicensingDecision { get; } = TimeLimit.WorkingDays(20).WithExtension(10);

    /// <summary>
    /// Filing of 法规 and 规章 (备案): within 30 days of publication (法规规章备案条例, 国务院令第337号, art. 3; kept by
    /// 法规规章备案审查条例, 国务院令第789号, in force 2024-11-01).
    /// </summary>
    public static TimeLimit RegulationFiling { get; } = TimeLimit.CalendarDays(30);

    /// <summary>
    /// Administrative reconsideration decision: within 60 days of acceptance, extendable by at most 30 days for complex
    /// cases (行政复议法 1999 art. 31; kept by the 2023 revision in force 2024-01-01). A law may set a shorter limit.
    /// </summary>
    public static TimeLimit AdministrativeReconsiderationDecision { get; } = TimeLimit.CalendarDays(60).WithExtension(30);

    /// <summary>
    /// Completing a petition (信访事项办结): within 60 days of acceptance, extendable by at most 30 days with the head's
    /// approval (信访工作条例, in force 2022-05-01).
    /// </summary>
    public static TimeLimit PetitionCompletion { get; } = TimeLimit.CalendarDays(60).WithExtension(30);
}
