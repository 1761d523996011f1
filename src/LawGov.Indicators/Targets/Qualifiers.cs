namespace LawGov.Indicators.Targets;

/// <summary>How firmly a document states a target or a reported figure.</summary>
[Flags]
public enum Qualifiers
{
    /// <summary>A plain, binding statement.</summary>
    None = 0,

    /// <summary>
    /// Softened by 力争, 争取, 一般 or 原则上 (for a figure: 基本, 一般): the value is kept, but the document allows
    /// exceptions.
    /// </summary>
    Soft = 1,

    /// <summary>
    /// The document gives no number but clearly means one (全覆盖, 全部, 一律 = 100 %; 不存在 = 0); the number is the
    /// catalog author's reading.
    /// </summary>
    Implied = 2,
}
