using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>Small builders for domain objects, so each test states only what it is about.</summary>
public static class Fixtures
{
    public static readonly SourceDocument Plan = new(
        "plan", "临沂市2020年法治政府建设工作计划", DocumentKind.Plan, "临政办字〔2020〕86号", "临沂市人民政府办公室",
        new LocalDate(2020, 7, 17), Year(2020));

    public static readonly Scope City = new("临沂市");

    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    public static DateInterval Span(int y1, int m1, int d1, int y2, int m2, int d2) =>
        new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    public static Provenance Source(string? clause = "5") => new(Plan, clause, ["市生态环境局"]);

    public static Indicator RateIndicator(string id = "rate", bool allowsAbove100 = false, string? numerator = null, string? denominator = null) =>
        new(id, "比率" + id, "rate " + id, Unit.Percent, Polarity.HigherIsBetter, numerator, denominator, allowsAbove100);

    public static Indicator CountIndicator(string id, Unit unit = Unit.Items) =>
        new(id, "数量" + id, "count " + id, unit);

    public static Indicator Pm25 { get; } = new("pm25", "PM2.5年均浓度", "annual mean PM2.5", Unit.MicrogramsPerCubicMetre, Polarity.LowerIsBetter);

    public static Indicator CommentDays { get; } = new("comment-days", "公开征求意见期限", "public comment period", Unit.Days);

    public static Indicator Milestone { get; } = new("platform", "政务服务平台建成运行", "service platform in operation", Unit.Date, Polarity.LowerIsBetter);

    public static ValueTarget Target(Indicator indicator, Condition condition, RoundingRule? rounding = null, IEnumerable<Tier>? tiers = null,
        Qualifiers qualifiers = Qualifiers.None, string id = "target", DateInterval? period = null) =>
        new(id, indicator, condition, period ?? Year(2020), City, Source(), rounding, tiers, qualifiers: qualifiers);

    public static ReportedFigure Counts(Indicator indicator, long? numerator, long denominator, decimal? stated = null, string id = "figure",
        DateInterval? period = null, bool sample = false, DateInterval? numeratorPeriod = null) =>
        new(id, indicator, City, period ?? Year(2020), Source(), numerator, denominator, stated, isSample: sample, numeratorPeriod: numeratorPeriod);

    public static ReportedFigure Value(Indicator indicator, decimal value, string id = "figure", DateInterval? period = null,
        Unit? unit = null, StatedAs statedAs = StatedAs.Exact) =>
        new(id, indicator, City, period ?? Year(2020), Source(), value: value, valueUnit: unit, statedAs: statedAs);
}
