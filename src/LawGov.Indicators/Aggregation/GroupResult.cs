using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Aggregation;

/// <summary>The judgment of one group's rate against a target: which unit and period, the rate, and the result.</summary>
/// <remarks>
/// Immutable; equality is reference equality. <see cref="Result"/> is <see cref="Evaluator.Evaluate(Targets.ValueTarget, Rate)"/>
/// of the group's rate: its target is the target given, so the unit and period of the group are here, not on the result.
/// </remarks>
public sealed class GroupResult
{
    internal GroupResult(RateGroup group, TargetResult result)
    {
        Unit = group.Unit;
        Period = group.Period;
        Rate = group.Rate;
        Result = result;
    }

    /// <summary>The unit key.</summary>
    public string Unit { get; }

    /// <summary>The group's period, or null when records were not split by period.</summary>
    public DateInterval? Period { get; }

    /// <summary>The group's exact rate.</summary>
    public Rate Rate { get; }

    /// <summary>The judgment of the rate against the target.</summary>
    public TargetResult Result { get; }

    /// <summary>The outcome (<see cref="TargetResult.Status"/>).</summary>
    public TargetStatus Status => Result.Status;
}
