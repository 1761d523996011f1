namespace LawGov.Indicators.Evaluation;

/// <summary>What a <see cref="Finding"/> is about.</summary>
public enum FindingCode
{
    /// <summary>A share (a rate that cannot exceed 100 %) is above 100 %, by its counts or as stated.</summary>
    ShareAbove100 = 0,

    /// <summary>A stated percentage disagrees with its own counts at the stated precision.</summary>
    StatedValueInconsistent = 1,

    /// <summary>A count is negative.</summary>
    NegativeCount = 2,

    /// <summary>0 of 0: there is nothing to measure.</summary>
    ZeroDenominator = 3,

    /// <summary>A positive numerator over a zero denominator.</summary>
    UndefinedRate = 4,

    /// <summary>A figure covers a different period from the target's.</summary>
    PeriodMismatch = 5,

    /// <summary>A figure covers only part of the target's period.</summary>
    PartialPeriod = 6,

    /// <summary>A rate's numerator and denominator cover different periods.</summary>
    CountPeriodsDiffer = 7,

    /// <summary>The same quantity is stated twice with different values.</summary>
    ConflictingFigures = 8,

    /// <summary>A report was published after the date it was due.</summary>
    PublishedAfterDeadline = 9,

    /// <summary>A report is dated before the end of the period its figures cover.</summary>
    DatedBeforePeriodEnd = 10,

    /// <summary>A value is stated only as a bound (1500多人), not exactly.</summary>
    BoundOnly = 11,

    /// <summary>A rate comes from a sample and is judged by its confidence interval.</summary>
    Sampled = 12,

    /// <summary>The target is softened (力争, 一般, 原则上).</summary>
    SoftTarget = 13,

    /// <summary>The target's number is implied by its wording (全覆盖 = 100 %).</summary>
    ImpliedTarget = 14,

    /// <summary>A count that should be whole is fractional.</summary>
    FractionalCount = 15,

    /// <summary>A measurement that the target needs is missing from the figure (e.g. a duration without its dates).</summary>
    MissingMeasurement = 16,

    /// <summary>The target is not yet due, or its period is not over, as of the evaluation date.</summary>
    NotYetDue = 17,

    /// <summary>A date lies outside the working-day calendar's coverage, so working days cannot be counted.</summary>
    OutsideCalendar = 18,

    /// <summary>A rolled-up value covers only some of the units below: others reported no data or impossible values, or their value is out of range.</summary>
    IncompleteRollup = 19,

    /// <summary>A stated value is negative, which no quantity in the catalog format can be.</summary>
    NegativeValue = 20,

    /// <summary>A stated value is too large to convert or compare exactly, a rate's rounded percentage has more digits than can be computed exactly, or a rolled-up sum does not fit.</summary>
    OutOfRange = 21,

    /// <summary>
    /// A target's condition points the other way from its indicator's polarity: only an upper bound on a higher-is-better
    /// indicator, only a lower bound on a lower-is-better one, or a one-sided condition on a closer-is-better one.
    /// </summary>
    PolarityConflict = 22,

    /// <summary>A figure the result rests on is softened by the document (基本, 一般); the result stands, the note qualifies it.</summary>
    SoftFigure = 23,

    /// <summary>A figure the result rests on has a number implied by its wording (实现…全覆盖 = 100 %), not stated.</summary>
    ImpliedFigure = 24,
}
