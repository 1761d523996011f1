using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Something an evaluation or a data-quality check noticed instead of accepting silently: an impossible share,
/// a stated percentage that disagrees with its counts, a period that does not match. Each has a code, a
/// severity, and a message in English and Chinese.
/// </summary>
public sealed class Finding
{
    /// <summary>Initializes a finding.</summary>
    /// <param name="code">What it is about.</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="messageEn">English message.</param>
    /// <param name="messageZh">Chinese message.</param>
    /// <param name="figureId">The figure concerned, if any.</param>
    /// <param name="targetId">The target concerned, if any.</param>
    /// <exception cref="ArgumentException">A message is blank.</exception>
    public Finding(FindingCode code, Severity severity, string messageEn, string messageZh, string? figureId = null, string? targetId = null)
    {
        Code = Preconditions.CheckDefined(code, nameof(code));
        Severity = Preconditions.CheckDefined(severity, nameof(severity));
        MessageEn = Preconditions.CheckNotBlank(messageEn, nameof(messageEn));
        MessageZh = Preconditions.CheckNotBlank(messageZh, nameof(messageZh));
        FigureId = figureId;
        TargetId = targetId;
    }

    /// <summary>What it is about.</summary>
    public FindingCode Code { get; }

    /// <summary>How much it matters.</summary>
    public Severity Severity { get; }

    /// <summary>English message.</summary>
    public string MessageEn { get; }

    /// <summary>Chinese message.</summary>
    public string MessageZh { get; }

    /// <summary>The figure concerned, if any.</summary>
    public string? FigureId { get; }

    /// <summary>The target concerned, if any.</summary>
    public string? TargetId { get; }

    /// <summary><c>Warning ShareAbove100 [figure-id]: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Severity} {Code}{(FigureId is null ? string.Empty : " [" + FigureId + "]")}: {MessageEn}";
}
