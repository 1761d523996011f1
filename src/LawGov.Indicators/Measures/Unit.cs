namespace LawGov.Indicators.Measures;

/// <summary>
/// The unit of a figure or threshold. Units of the same <see cref="Dimension"/> convert exactly
/// (µg/m³ and mg/m³; ppb and ppm); all others are distinct.
/// </summary>
public enum Unit
{
    /// <summary>Percent (%), the unit of every rate.</summary>
    Percent = 0,

    /// <summary>Micrograms per cubic metre (µg/m³).</summary>
    MicrogramsPerCubicMetre = 1,

    /// <summary>Milligrams per cubic metre (mg/m³), used for CO in China.</summary>
    MilligramsPerCubicMetre = 2,

    /// <summary>Parts per billion (ppb), US EPA SO2 and NO2.</summary>
    PartsPerBillion = 3,

    /// <summary>Parts per million (ppm), US EPA O3 and CO.</summary>
    PartsPerMillion = 4,

    /// <summary>Calendar days (天, 日).</summary>
    Days = 5,

    /// <summary>Working days on a legal calendar (工作日).</summary>
    WorkingDays = 6,

    /// <summary>Class hours of training (学时).</summary>
    ClassHours = 7,

    /// <summary>Items, matters or documents (项, 件, 份, 个).</summary>
    Items = 8,

    /// <summary>Cases, tickets or disputes (件, 宗, 起).</summary>
    Cases = 9,

    /// <summary>Persons (人, 名).</summary>
    Persons = 10,

    /// <summary>Occurrences: sessions, rounds, meetings (次, 期, 场, 轮).</summary>
    Times = 11,

    /// <summary>Occurrences per year (每年…次).</summary>
    TimesPerYear = 12,

    /// <summary>A calendar date, the measure of a milestone (done on or before a deadline).</summary>
    Date = 13,
}

/// <summary>What a unit measures; units convert only within one dimension.</summary>
public enum Dimension
{
    /// <summary>A share or ratio in percent.</summary>
    Ratio = 0,

    /// <summary>Mass per volume (µg/m³, mg/m³).</summary>
    MassConcentration = 1,

    /// <summary>Volume mixing ratio (ppb, ppm).</summary>
    MixingRatio = 2,

    /// <summary>Calendar days.</summary>
    CalendarDuration = 3,

    /// <summary>Working days.</summary>
    WorkingDuration = 4,

    /// <summary>Class hours.</summary>
    ClassHours = 5,

    /// <summary>Items.</summary>
    Items = 6,

    /// <summary>Cases.</summary>
    Cases = 7,

    /// <summary>Persons.</summary>
    Persons = 8,

    /// <summary>Occurrences.</summary>
    Times = 9,

    /// <summary>Occurrences per year.</summary>
    Frequency = 10,

    /// <summary>Calendar dates.</summary>
    Date = 11,
}
