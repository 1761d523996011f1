using NodaTime;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// A block of consecutive days off for one holiday, as a State Council notice declares it: the whole block, adjoining
/// weekend and substitute (补休) days included, such as Spring Festival 2020-01-24 to 2020-02-02.
/// </summary>
/// <remarks>Equality is reference equality: a calendar holds each block once.</remarks>
public sealed class Holiday
{
    internal Holiday(string nameZh, string nameEn, DateInterval days)
    {
        NameZh = Preconditions.CheckNotBlank(nameZh, nameof(nameZh));
        NameEn = Preconditions.CheckNotBlank(nameEn, nameof(nameEn));
        Days = Preconditions.CheckNotNull(days, nameof(days));
    }

    /// <summary>The Chinese name, e.g. <c>春节</c>.</summary>
    public string NameZh { get; }

    /// <summary>The English name, e.g. <c>Spring Festival</c> (the Chinese name when none was given).</summary>
    public string NameEn { get; }

    /// <summary>The days off, both ends inclusive.</summary>
    public DateInterval Days { get; }

    /// <summary>Formats as <c>春节 (Spring Festival) 2020-01-24..2020-02-02</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string span = IsoDates.Format(Days.Start) + ".." + IsoDates.Format(Days.End);
        return NameZh == NameEn ? NameZh + " " + span : NameZh + " (" + NameEn + ") " + span;
    }
}
