namespace LawGov.Indicators.Measures;

/// <summary>The calendar periods records are grouped by: the year, quarter or month of a record's date.</summary>
public enum PeriodKind
{
    /// <summary>The calendar year, 1 January to 31 December.</summary>
    Year = 0,

    /// <summary>The calendar quarter: January–March, April–June, July–September, October–December.</summary>
    Quarter = 1,

    /// <summary>The calendar month.</summary>
    Month = 2,
}
