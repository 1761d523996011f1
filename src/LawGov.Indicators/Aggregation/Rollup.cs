using System.Globalization;
using System.Numerics;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// Rolls a target up an <see cref="OrganisationTree"/>: values are given for the leaves, every other unit's value is
/// computed from its children with the method its indicator declares (<see cref="Indicator.Rollup"/>), and every unit
/// is judged against the target.
/// </summary>
/// <remarks>
/// <para>Methods, each applied to a unit's children (so a city is computed from its counties, not its departments):</para>
/// <list type="bullet">
/// <item><see cref="RollupMethod.RatioOfSums"/>: Σ numerators / Σ denominators (rates only).</item>
/// <item><see cref="RollupMethod.MeanOfUnits"/>: the unweighted mean of the children's values (a rate's value is its exact
/// percentage), computed exactly — a child that is itself a mean contributes its exact fraction, not its rounded value.
/// The unit is judged on that exact fraction: a full-value comparison compares it exactly, a rounded one rounds it
/// exactly to the target's decimals (<see cref="TargetResult.Actual"/> is the fraction exactly when it has at most 20
/// decimals, otherwise a decimal within 10⁻²⁰ of it on the same side of every bound). <see cref="RollupNode.Value"/>
/// shows it rounded once, half to even, to 16 decimals (<see cref="ValueSummary.MeanDecimals"/>), for display only:
/// a mean of 90 − 5 · 10⁻¹⁷ is shown as 90 and fails "≥ 90 %".</item>
/// <item><see cref="RollupMethod.Sum"/>: the exact sum of the children's values (decimal values only).</item>
/// <item><see cref="RollupMethod.WorstChild"/>: the child value that is worst by the indicator's polarity — the lowest when
/// higher is better, the highest when lower is better, the one with the smallest margin to the target's condition
/// when closer is better; the first in tree order on a tie.</item>
/// <item><see cref="RollupMethod.Maximum"/>: the largest child value; the first on a tie.</item>
/// <item><see cref="RollupMethod.CountMeetingTarget"/>: the number of children that meet the target; the unit meets it when
/// all its children that can be judged do (the all-of rule of a compound target: a failing child decides, not-applicable
/// children are left out).</item>
/// </list>
/// <para>Propagation of missing and not-applicable values:</para>
/// <list type="bullet">
/// <item>A leaf without a value is <see cref="TargetStatus.NoData"/>: zero is data, missing is not. A rate 0/0 is
/// <see cref="TargetStatus.NotApplicable"/>. A value impossible for the target (a share above 100 %, n/0) is
/// <see cref="TargetStatus.Invalid"/>.</item>
/// <item>Not-applicable children add nothing: 0/0 is the identity of the ratio of sums, and the other methods leave them
/// out. A unit whose children are all not applicable is not applicable (a ratio of sums of 0/0).</item>
/// <item>Missing and invalid leaves are left out of every value above them, and make those values partial: the unit's
/// value is computed from the children that have one, its status is <see cref="TargetStatus.Indeterminate"/> (or
/// <see cref="TargetStatus.Invalid"/> when a leaf below is invalid), and a <see cref="FindingCode.IncompleteRollup"/>
/// finding names the leaves. Some outcomes are decided all the same: a worst child can only get worse and a maximum
/// only larger, so one already beyond the bound on that side fails whatever the missing units hold (a lowest rate
/// below "≥ 90 %", a highest concentration above "≤ 35"); and a count-meeting unit with a failing child fails (the
/// all-of rule). Sums, means and ratios of sums stay indeterminate. A unit with no value below at all is
/// <see cref="TargetStatus.NoData"/> (or Invalid, or not applicable when the rest is).</item>
/// <item>Nothing is rounded or wraps silently, and nothing throws: a unit whose exact sum does not fit (counts above
/// <see cref="long.MaxValue"/>, a decimal sum beyond 28 significant digits) has no value, is
/// <see cref="TargetStatus.Invalid"/> with a <see cref="FindingCode.OutOfRange"/> finding, and is left out above like an
/// invalid leaf (listed in <see cref="RollupNode.InvalidUnits"/>); a rate whose percentage rounded to the target's decimals
/// does not fit in a decimal is Invalid and out of range, as in <see cref="Evaluator.Evaluate(ValueTarget, Rate)"/>.</item>
/// </list>
/// </remarks>
public static class Rollup
{
    /// <summary>Rolls up exact rates (counts) given for the leaves.</summary>
    /// <param name="tree">The hierarchy.</param>
    /// <param name="target">A target on a percent indicator; its indicator's <see cref="Indicator.Rollup"/> is the method.</param>
    /// <param name="values">The rate of each leaf, keyed by unit id; keys that are not leaves are reported, not used.</param>
    /// <returns>One node per unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The target is not on a percent indicator, or its method is
    /// <see cref="RollupMethod.Sum"/> (rates roll up by ratio of sums).</exception>
    public static RollupResult Evaluate(OrganisationTree tree, ValueTarget target, IReadOnlyDictionary<string, Rate> values)
    {
        Preconditions.CheckNotNull(tree, nameof(tree));
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckNotNull(values, nameof(values));
        Preconditions.CheckArgument(target.Indicator.Unit == Unit.Percent, nameof(target), "Rates are judged against targets on percent indicators.");
        Preconditions.CheckArgument(
            target.Indicator.Rollup != RollupMethod.Sum,
            nameof(target),
            "The indicator rolls up by Sum, which adds values; rates roll up by RatioOfSums (Σ numerators / Σ denominators), MeanOfUnits, WorstChild, Maximum or CountMeetingTarget.");
        return new Engine(tree, target).Run(values.Keys, id => values.TryGetValue(id, out Rate rate) ? Amount.Of(rate) : null);
    }

    /// <summary>Rolls up exact decimal values (concentrations, counts, durations) given for the leaves.</summary>
    /// <param name="tree">The hierarchy.</param>
    /// <param name="target">The target; its indicator's <see cref="Indicator.Rollup"/> is the method.</param>
    /// <param name="values">The value of each leaf in the indicator's unit, keyed by unit id; keys that are not leaves
    /// are reported, not used.</param>
    /// <returns>One node per unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The method is <see cref="RollupMethod.RatioOfSums"/>, which needs counts.</exception>
    public static RollupResult Evaluate(OrganisationTree tree, ValueTarget target, IReadOnlyDictionary<string, decimal> values)
    {
        Preconditions.CheckNotNull(tree, nameof(tree));
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckNotNull(values, nameof(values));
        Preconditions.CheckArgument(
            target.Indicator.Rollup != RollupMethod.RatioOfSums,
            nameof(target),
            "The indicator rolls up by RatioOfSums, which needs counts: give the leaves' rates, not decimal values.");
        return new Engine(tree, target).Run(values.Keys, id => values.TryGetValue(id, out decimal value) ? Amount.Of(value) : null);
    }

    /// <summary>A unit's value: exact counts, an exact decimal, or a mean as an exact fraction with its rounded decimal.</summary>
    private readonly struct Amount
    {
        private Amount(Rate? rate, decimal number, Fraction? exact = null)
        {
            Rate = rate;
            Number = number;
            Exact = exact;
        }

        internal Rate? Rate { get; }

        /// <summary>The decimal value shown (a mean: rounded once, half to even, to 16 decimals); 0 for counts.</summary>
        internal decimal Number { get; }

        /// <summary>A mean's exact value, which it is judged on and hands its parent; null for every other value.</summary>
        internal Fraction? Exact { get; }

        /// <summary>False only for the rate 0/0.</summary>
        internal bool IsDefined => Rate is not { } rate || rate.IsDefined;

        internal static Amount Of(Rate rate) => new(rate, 0m);

        internal static Amount Of(decimal value) => new(null, value);

        /// <summary>A mean: the exact fraction, kept for the judgment and the parent, and its one rounding for display.</summary>
        internal static Amount Mean(Fraction exact) => new(null, ExactDecimal.RoundMean(exact.Numerator, exact.Denominator), exact);

        /// <summary>The value in the indicator's unit (a rate in percent, to 28 significant digits; a mean as shown).</summary>
        internal decimal ToDecimal() => Rate is { } rate ? rate.ToPercent() : Number;

        /// <summary>The exact value as a fraction (a rate in percent: n · 100 / d; a mean: its unrounded fraction).</summary>
        internal Fraction ToFraction() =>
            Rate is { } rate ? new Fraction(new BigInteger(rate.Numerator) * 100, new BigInteger(rate.Denominator))
            : Exact ?? Fraction.Of(Number);

        /// <summary>The value as the evaluation sees it: the counts, or the decimal in the indicator's unit.</summary>
        internal Observation ToObservation(Unit unit) => Rate is { } rate ? Observation.FromRate(rate) : Observation.FromValue(Number, unit);

        /// <summary>Compares values exactly (defined amounts of the same kind).</summary>
        internal int CompareTo(Amount other) =>
            Rate is { } rate && other.Rate is { } otherRate ? rate.CompareValueTo(otherRate) : Number.CompareTo(other.Number);
    }

    /// <summary>What a unit hands its parent.</summary>
    private sealed class State
    {
        internal required RollupNode Node { get; init; }

        /// <summary>The value a parent may use, or null (no data, invalid, not applicable — except 0/0 for a ratio of sums).</summary>
        internal required Amount? Usable { get; init; }
    }

    private sealed class Engine
    {
        private readonly OrganisationTree tree;
        private readonly ValueTarget target;
        private readonly RollupMethod method;
        private readonly int meanGrid;

        internal Engine(OrganisationTree tree, ValueTarget target)
        {
            this.tree = tree;
            this.target = target;
            method = target.Indicator.Rollup;
            meanGrid = MeanGrid(target);
        }

        internal RollupResult Run(IEnumerable<string> keys, Func<string, Amount?> valueOf)
        {
            var states = new State[tree.Count];
            foreach (int unit in tree.PostOrder)
            {
                int[] children = tree.ChildIndexes(unit);
                states[unit] = children.Length == 0
                    ? Leaf(tree.UnitAt(unit), valueOf(tree.UnitAt(unit).Id))
                    : Inner(tree.UnitAt(unit), Array.ConvertAll(children, c => states[c]));
            }
            string[] unused = keys
                .Where(key => !tree.TryGetIndex(key, out int index) || tree.ChildIndexes(index).Length > 0)
                .Order(StringComparer.Ordinal)
                .ToArray();
            return new RollupResult(tree, target, Array.ConvertAll(states, s => s.Node), Array.AsReadOnly(unused));
        }

        private State Leaf(OrganisationUnit unit, Amount? given)
        {
            if (given is not { } amount)
            {
                TargetResult noData = new(target, TargetStatus.NoData);
                return new State { Node = Node(unit, noData, null, [], [unit.Id], []), Usable = null };
            }
            TargetResult result = Judge(amount);
            bool invalid = result.Status == TargetStatus.Invalid;
            bool usable = !invalid && (amount.IsDefined || method == RollupMethod.RatioOfSums);
            return new State
            {
                Node = Node(unit, result, amount, [], [], invalid ? [unit.Id] : [], valueShown: !invalid),
                Usable = usable ? amount : null,
            };
        }

        private State Inner(OrganisationUnit unit, State[] children)
        {
            string[] missing = children.SelectMany(c => c.Node.MissingUnits).ToArray();
            string[] invalid = children.SelectMany(c => c.Node.InvalidUnits).ToArray();
            bool complete = missing.Length == 0 && invalid.Length == 0;
            List<Finding> incomplete = complete ? [] : [IncompleteFinding(unit, missing, invalid)];

            if (method == RollupMethod.CountMeetingTarget)
            {
                string[] meeting = children.Where(c => c.Node.Status == TargetStatus.Met).Select(c => c.Node.Unit.Id).ToArray();
                TargetStatus all = StatusRules.AllOf(children.Select(c => c.Node.Status));
                if (all == TargetStatus.NoData && children.Any(c => c.Node.Status is TargetStatus.Met or TargetStatus.Indeterminate))
                {
                    all = TargetStatus.Indeterminate; // some children judged, others missing: partial, as for the other methods
                }
                var counted = new TargetResult(target, all, findings: incomplete, components: children.Select(c => c.Node.Result).ToArray());
                var node = new RollupNode(unit, counted, null, meeting.Length, meeting, missing, invalid);
                return new State { Node = node, Usable = null };
            }

            State[] usable = children.Where(c => c.Usable is not null).ToArray();
            (Amount? value, State[] contributors, bool outOfRange) = Combine(usable);
            if (outOfRange)
            {
                // No exact value: the unit is invalid, listed with the invalid units and left out of every value above.
                TargetResult noValue = new(target, TargetStatus.Invalid, findings: [SumOutOfRangeFinding(unit), .. incomplete]);
                return new State { Node = Node(unit, noValue, null, Ids(contributors), missing, [unit.Id, .. invalid]), Usable = null };
            }
            if (value is not { IsDefined: true } defined)
            {
                // Nothing below has a value: invalid or missing data outranks "nothing to measure".
                TargetStatus status = invalid.Length > 0 ? TargetStatus.Invalid : missing.Length > 0 ? TargetStatus.NoData : TargetStatus.NotApplicable;
                TargetResult empty = status == TargetStatus.NotApplicable && value is { } zero
                    ? Judge(zero)
                    : new TargetResult(target, status, findings: incomplete);
                return new State { Node = Node(unit, empty, value, Ids(contributors), missing, invalid), Usable = value };
            }

            TargetResult judged = Judge(defined);
            if (!complete && !(judged.Status == TargetStatus.NotMet && FailsWhateverIsMissing(defined, target.Condition)))
            {
                // A partial value: what the missing units hold could change the outcome.
                // An impossible or out-of-range value stays Invalid: more data cannot make it judgeable.
                TargetStatus status = invalid.Length > 0 || judged.Status == TargetStatus.Invalid ? TargetStatus.Invalid : TargetStatus.Indeterminate;
                judged = new TargetResult(target, status, judged.Actual, findings: [.. judged.Findings, .. incomplete],
                    tiers: target.Tiers.Select(t => new TierResult(t, status, target.Rounding, null)).ToArray());
            }
            else if (!complete)
            {
                // The known value already fails on the side the missing children can only push it further to.
                judged = new TargetResult(target, judged.Status, judged.Actual, judged: true, findings: [.. judged.Findings, .. incomplete],
                    tiers: judged.Tiers.Select(t => t.Status == TargetStatus.NotMet && FailsWhateverIsMissing(defined, t.Tier.Condition)
                        ? t
                        : new TierResult(t.Tier, TargetStatus.Indeterminate, target.Rounding, null)).ToArray());
            }
            return new State { Node = Node(unit, judged, defined, Ids(contributors), missing, invalid), Usable = defined };
        }

        /// <summary>
        /// The unit's value from its children's usable values, and the children that made it; OutOfRange when an exact
        /// sum (of counts, or of decimals) does not fit, and the unit has no value.
        /// </summary>
        private (Amount? Value, State[] Contributors, bool OutOfRange) Combine(State[] usable)
        {
            if (usable.Length == 0)
            {
                return (null, [], false);
            }
            switch (method)
            {
                case RollupMethod.RatioOfSums:
                    Int128 numerators = 0, denominators = 0; // at most 2^31 children of 2^63 each: no wrap
                    foreach (State child in usable)
                    {
                        numerators += child.Usable!.Value.Rate!.Value.Numerator;
                        denominators += child.Usable!.Value.Rate!.Value.Denominator;
                    }
                    return numerators > long.MaxValue || denominators > long.MaxValue
                        ? (null, usable, true)
                        : (Amount.Of(new Rate((long)numerators, (long)denominators)), usable, false);
                case RollupMethod.Sum:
                    decimal total = 0m;
                    foreach (State child in usable)
                    {
                        if (!ExactDecimal.TryAdd(total, child.Usable!.Value.Number, out total))
                        {
                            return (null, usable, true);
                        }
                    }
                    return (Amount.Of(total), usable, false);
                case RollupMethod.MeanOfUnits:
                    // Exact: a child that is itself a mean gives its unrounded fraction, so each unit is rounded once.
                    Fraction sum = Fraction.Zero;
                    foreach (State child in usable)
                    {
                        sum = sum.Add(child.Usable!.Value.ToFraction());
                    }
                    return (Amount.Mean(sum.Divide(usable.Length)), usable, false);
                default:
                    State chosen = usable[0];
                    foreach (State child in usable.AsSpan(1))
                    {
                        if (IsWorseOrLarger(child.Usable!.Value, chosen.Usable!.Value))
                        {
                            chosen = child;
                        }
                    }
                    return (chosen.Usable, [chosen], false);
            }
        }

        /// <summary>
        /// True when a failing value stays failing whatever the missing children hold: a worst child can only get
        /// worse (lower when higher is better, higher when lower is better, a smaller margin when closer is better)
        /// and a maximum only larger, so a value already beyond the bound on that side is decided. Rounding is
        /// monotone, so this holds for the rounded value too. Sums, means and ratios can move either way.
        /// </summary>
        private bool FailsWhateverIsMissing(Amount value, Condition condition) => (method, target.Indicator.Polarity) switch
        {
            (RollupMethod.WorstChild, Polarity.HigherIsBetter) => FailsBound(value, condition.Lower, lower: true),
            (RollupMethod.WorstChild, Polarity.LowerIsBetter) or (RollupMethod.Maximum, _) => FailsBound(value, condition.Upper, lower: false),
            (RollupMethod.WorstChild, _) => true,
            _ => false,
        };

        /// <summary>
        /// Whether the compared value (full or rounded, as the target declares) lies beyond one bound: judged as the
        /// evaluation judges it, against that bound alone, so a rounded percentage that does not fit in a decimal is
        /// never computed here (the judgment says Invalid, which is not beyond).
        /// </summary>
        private bool FailsBound(Amount value, Bound? bound, bool lower)
        {
            if (bound is not { } b)
            {
                return false;
            }
            Condition side = (lower, b.Inclusive) switch
            {
                (true, true) => Condition.AtLeast(b.Value),
                (true, false) => Condition.MoreThan(b.Value),
                (false, true) => Condition.AtMost(b.Value),
                (false, false) => Condition.LessThan(b.Value),
            };
            return ValueJudgment.Status(side, target.Rounding, value.ToObservation(target.Indicator.Unit)) == TargetStatus.NotMet;
        }

        /// <summary>For the worst child: strictly worse by polarity; for the maximum: strictly larger.</summary>
        private bool IsWorseOrLarger(Amount candidate, Amount current)
        {
            if (method == RollupMethod.Maximum)
            {
                return candidate.CompareTo(current) > 0;
            }
            return target.Indicator.Polarity switch
            {
                Polarity.HigherIsBetter => candidate.CompareTo(current) < 0,
                Polarity.LowerIsBetter => candidate.CompareTo(current) > 0,
                _ => target.Condition.Margin(candidate.ToDecimal()) < target.Condition.Margin(current.ToDecimal()),
            };
        }

        /// <summary>
        /// Judges a value as the evaluation does: counts exactly, decimals as given, and a mean on its exact fraction —
        /// through the decimal <see cref="Fraction.TryToDecimal"/> gives on a grid at least as fine as every bound of the
        /// target and its tiers and one decimal finer than the target's rounding, which compares with each bound and
        /// rounds exactly as the fraction does (the exact value itself whenever it has at most 20 decimals). A mean that
        /// no such decimal holds is Invalid and out of range, as a rate whose rounded percentage does not fit.
        /// </summary>
        private TargetResult Judge(Amount amount)
        {
            if (amount.Rate is { } rate)
            {
                return Evaluator.Evaluate(target, rate);
            }
            if (amount.Exact is not { } exact)
            {
                return Evaluator.Evaluate(target, amount.Number);
            }
            return exact.TryToDecimal(Math.Max(Fraction.GridDecimals, meanGrid), meanGrid, out decimal judged)
                ? Evaluator.Evaluate(target, judged)
                : new TargetResult(target, TargetStatus.Invalid, findings: [MeanOutOfRangeFinding(amount.Number)]);
        }

        /// <summary>
        /// The decimals a mean's judged decimal needs (see <see cref="Judge"/>), at most 28: a bound's significant
        /// decimals (trailing zeros, which a catalog keeps as written, do not count).
        /// </summary>
        private static int MeanGrid(ValueTarget target)
        {
            int decimals = target.Rounding.Decimals + 1;
            foreach (Condition condition in target.Tiers.Select(t => t.Condition).Prepend(target.Condition))
            {
                foreach (Bound? bound in new[] { condition.Lower, condition.Upper })
                {
                    decimals = Math.Max(decimals, bound is { } b ? ExactDecimal.Normalize(b.Value).Scale : 0); // 35.00 needs no decimals
                }
            }
            return Math.Min(decimals, 28);
        }

        private static RollupNode Node(OrganisationUnit unit, TargetResult result, Amount? value, IReadOnlyList<string> contributors, IReadOnlyList<string> missing, IReadOnlyList<string> invalid, bool valueShown = true)
        {
            decimal? number = !valueShown || value is not { IsDefined: true } v ? null : v.ToDecimal();
            return new RollupNode(unit, result, value?.Rate, number, contributors, missing, invalid);
        }

        private static string[] Ids(State[] states) => Array.ConvertAll(states, s => s.Node.Unit.Id);

        private Finding IncompleteFinding(OrganisationUnit unit, string[] missing, string[] invalid)
        {
            string en = "the value of " + unit.Name + " leaves out " + string.Join(" and ", new[]
            {
                missing.Length == 0 ? null : Invariant($"{missing.Length} unit(s) with no data ({List(missing)})"),
                invalid.Length == 0 ? null : Invariant($"{invalid.Length} unit(s) with impossible or out-of-range values ({List(invalid)})"),
            }.Where(p => p is not null)) + ".";
            string zh = unit.Name + "的数值未涵盖" + string.Join("及", new[]
            {
                missing.Length == 0 ? null : Invariant($"{missing.Length}个无数据单位（{List(missing)}）"),
                invalid.Length == 0 ? null : Invariant($"{invalid.Length}个数据无效或超出范围的单位（{List(invalid)}）"),
            }.Where(p => p is not null)) + "。";
            return new Finding(FindingCode.IncompleteRollup, Severity.Warning, en, zh, targetId: target.Id);
        }

        private Finding SumOutOfRangeFinding(OrganisationUnit unit) => method == RollupMethod.RatioOfSums
            ? new Finding(FindingCode.OutOfRange, Severity.Error,
                Invariant($"The counts of the units under {unit.Name} add up to more than {long.MaxValue}, the largest count held exactly; {unit.Name} has no value."),
                Invariant($"{unit.Name}下属单位的计数之和超过{long.MaxValue}（可精确表示的最大计数），{unit.Name}无数值。"),
                targetId: target.Id)
            : new Finding(FindingCode.OutOfRange, Severity.Error,
                "The exact sum of the values of the units under " + unit.Name + " needs more digits than a decimal holds (about 28 significant digits); " + unit.Name + " has no value.",
                unit.Name + "下属单位数值的精确和超出十进制数可表示的位数（约28位有效数字），" + unit.Name + "无数值。",
                targetId: target.Id);

        private Finding MeanOutOfRangeFinding(decimal shown) => new(FindingCode.OutOfRange, Severity.Error,
            "The mean " + shown.ToString(CultureInfo.InvariantCulture) + " (rounded to 16 decimals) cannot be judged exactly: it has more digits than a decimal holds at the precision of the target's bounds and rounding.",
            "平均值" + shown.ToString(CultureInfo.InvariantCulture) + "（修约到16位小数）位数过多，按目标界值和修约精度无法精确判定。",
            targetId: target.Id);

        private static string List(string[] ids) =>
            ids.Length <= 5 ? string.Join(", ", ids) : string.Join(", ", ids.Take(5)) + Invariant($", … {ids.Length - 5} more");

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
