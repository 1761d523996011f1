using System.Text.Json;
using System.Text.RegularExpressions;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Targets;

/// <summary>
/// The five embedded seed catalogs: they load cleanly, every entry has provenance, and each holds the key facts of
/// its seed document. Comments cite the seed file by its number and the clause in the document's own numbering:
/// 000 = 000_ea2ec0df2693a8ef.txt (Linyi plan), 001 = 001_9b77debbcb7cfcd8.txt (Gaozhou report),
/// 002 = 002_1d911b1d986cfee9.txt (Changzhi plan), 003 = 003_7ed8d9d2f39be277.txt (Kunshan plan),
/// 004 = 004_0160a618a3d1559a.txt (Leshan high-tech zone report).
/// </summary>
public partial class SeedCatalogsTests
{
    private const string Linyi = SeedCatalogs.Linyi2020;
    private const string Gaozhou = SeedCatalogs.Gaozhou2020;
    private const string Changzhi = SeedCatalogs.Changzhi2015To2020;
    private const string Kunshan = SeedCatalogs.Kunshan2020;
    private const string Leshan = SeedCatalogs.LeshanHighTechZone2019;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    private static IEnumerable<Target> AllTargets(Catalog catalog) => catalog.Targets.SelectMany(Flatten);

    private static IEnumerable<Target> Flatten(Target target) =>
        target is CompoundTarget compound ? compound.Components.SelectMany(Flatten).Prepend(target) : [target];

    private static ValueTarget ValueTarget(Catalog catalog, string id) => Assert.IsType<ValueTarget>(catalog.FindTarget(id));

    private static DeadlineTarget DeadlineTarget(Catalog catalog, string id) => Assert.IsType<DeadlineTarget>(catalog.FindTarget(id));

    private static CompoundTarget CompoundTarget(Catalog catalog, string id) => Assert.IsType<CompoundTarget>(catalog.FindTarget(id));

    private static ReportedFigure Figure(Catalog catalog, string id) => Assert.Single(catalog.Figures, f => f.Id == id);

    private static DateInterval Days(int y1, int m1, int d1, int y2, int m2, int d2) => Fixtures.Span(y1, m1, d1, y2, m2, d2);

    // ---- Every catalog -------------------------------------------------------------------------------------------

    [Fact]
    public void Embedded_SeedCatalogs_AreExactlyTheNamedOnes()
    {
        Assert.Equal(SeedCatalogs.Names.Order(StringComparer.Ordinal), SeedCatalogs.Embedded().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TryRead_EverySeedCatalog_HasNoErrors()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            using Stream stream = SeedCatalogs.Open(name);

            CatalogReadResult result = CatalogJson.TryRead(stream, name + ".json");

            Assert.True(result.Errors.Count == 0, name + ": " + string.Join("; ", result.Errors));
            Assert.NotNull(result.Catalog);
        }
    }

    [Fact]
    public void Load_EverySeedCatalog_HasTheNameAsIdAndHoldsTargets()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            Catalog catalog = SeedCatalogs.Load(name);

            Assert.Equal(name, catalog.Id);
            Assert.NotEmpty(catalog.Targets);
        }
    }

    [Fact]
    public void Open_EverySeedCatalog_PointsAtTheSchema()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            using Stream stream = SeedCatalogs.Open(name);
            using JsonDocument json = JsonDocument.Parse(stream);

            Assert.Equal("catalog.schema.json", json.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public void Load_EveryTarget_HasProvenanceWithAClause()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            foreach (Target target in AllTargets(SeedCatalogs.Load(name)))
            {
                Assert.False(string.IsNullOrWhiteSpace(target.Provenance.Clause), $"{name}: target {target.Id} has no clause");
            }
        }
    }

    [Fact]
    public void Load_EveryFigure_HasProvenanceWithAClause()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            foreach (ReportedFigure figure in SeedCatalogs.Load(name).Figures)
            {
                Assert.False(string.IsNullOrWhiteSpace(figure.Provenance.Clause), $"{name}: figure {figure.Id} has no clause");
            }
        }
    }

    [Fact]
    public void Load_EveryId_IsLowercaseKebabAndStartsWithTheCatalogId()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            Catalog catalog = SeedCatalogs.Load(name);
            IEnumerable<string> ids = catalog.Indicators.Select(i => i.Id)
                .Concat(AllTargets(catalog).Select(t => t.Id))
                .Concat(catalog.Figures.Select(f => f.Id));

            foreach (string id in ids)
            {
                Assert.Matches(KebabId(), id);
                Assert.StartsWith(name + "-", id, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Load_EveryIndicator_IsUsedByATargetAFigureOrARateOfReportedCounts()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            Catalog catalog = SeedCatalogs.Load(name);
            var used = AllTargets(catalog)
                .Select(t => t switch { ValueTarget v => v.Indicator.Id, DeadlineTarget d => d.Indicator.Id, _ => null })
                .Concat(catalog.Figures.Select(f => f.Indicator.Id))
                .Concat(catalog.Indicators.SelectMany(i => new[] { i.NumeratorId, i.DenominatorId }))
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            var reported = catalog.Figures.Select(f => f.Indicator.Id).ToHashSet(StringComparer.Ordinal);

            // A derived rate without a target or figure of its own still relates two reported counts.
            Assert.All(catalog.Indicators, i => Assert.True(
                used.Contains(i.Id) || (i.IsDerivedRate && reported.Contains(i.NumeratorId!) && reported.Contains(i.DenominatorId!)),
                $"{name}: indicator {i.Id} is not used"));
        }
    }

    [Fact]
    public void Load_EveryMilestoneIndicator_IsADateWhereEarlierIsBetter()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            foreach (DeadlineTarget target in AllTargets(SeedCatalogs.Load(name)).OfType<DeadlineTarget>())
            {
                Assert.Equal(Unit.Date, target.Indicator.Unit);
                Assert.Equal(Polarity.LowerIsBetter, target.Indicator.Polarity);
            }
        }
    }

    // An upper bound means lower is better, a range or an exact value means closer is better, a lower bound higher is
    // better: the polarity decides the worst child of a rollup and the sign of a margin, so it must agree with the bound.
    [Fact]
    public void Load_EveryValueIndicator_HasThePolarityItsConditionsImply()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            foreach (ValueTarget target in AllTargets(SeedCatalogs.Load(name)).OfType<ValueTarget>())
            {
                foreach (Condition condition in target.Tiers.Select(t => t.Condition).Prepend(target.Condition))
                {
                    Polarity expected = condition.Kind switch
                    {
                        ConditionKind.AtMost or ConditionKind.LessThan => Polarity.LowerIsBetter,
                        ConditionKind.AtLeast or ConditionKind.MoreThan => Polarity.HigherIsBetter,
                        _ => Polarity.CloserIsBetter,
                    };
                    Assert.True(expected == target.Indicator.Polarity, $"{name}: {target.Id} is {condition.Kind} but {target.Indicator.Id} is {target.Indicator.Polarity}");
                }
            }
        }
    }

    // A figure or target whose number is read from wording (全覆盖, 一律, 每月, 不存在, 大厅之外无审批) says so; seeds/README
    // "How wording becomes a target". Every seed has at least one of each kind it can hold.
    [Fact]
    public void Load_ImpliedNumbers_AreMarkedOnTargetsAndOnReportFigures()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            Catalog catalog = SeedCatalogs.Load(name);

            Assert.Contains(AllTargets(catalog), t => t.Qualifiers.HasFlag(Qualifiers.Implied));
            if (catalog.Figures.Count > 0)
            {
                Assert.Contains(catalog.Figures, f => f.Qualifiers.HasFlag(Qualifiers.Implied));
            }
        }
    }

    // 法治政府建设与责任落实督察工作规定 (厅字〔2019〕28号) art. 24: annual reports are public by 1 April of the next year.
    [Fact]
    public void Load_EveryReport_IsDueOnTheFirstOfAprilAfterItsPeriod()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            foreach (SourceDocument report in SeedCatalogs.Load(name).Documents.Where(d => d.Kind == DocumentKind.Report))
            {
                Assert.Equal(new LocalDate(report.Effective!.End.Year + 1, 4, 1), report.PublicationDeadline);
            }
        }
    }

    [Fact]
    public void Evaluate_PlansWithoutFigures_GiveNoDataForEveryTarget()
    {
        foreach (string name in new[] { Linyi, Changzhi, Kunshan })
        {
            Catalog catalog = SeedCatalogs.Load(name);

            CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);

            Assert.Empty(catalog.Figures);
            Assert.All(evaluation.Results, r => Assert.Equal(TargetStatus.NoData, r.Status));
        }
    }

    [Fact]
    public void Write_EverySeedCatalog_ReadsBackToTheSameText()
    {
        foreach (string name in SeedCatalogs.Names)
        {
            string first = CatalogJson.Write(SeedCatalogs.Load(name));

            Assert.Equal(first, CatalogJson.Write(CatalogJson.Parse(first, name)));
        }
    }

    // ---- Linyi 2020 plan (000) -----------------------------------------------------------------------------------

    // 000 heading: 临政办字〔2020〕86号, 临沂市人民政府办公室, 2020年7月17日.
    [Fact]
    public void Load_LinyiPlan_NamesNumberIssuerDateAndYear()
    {
        SourceDocument plan = Assert.Single(SeedCatalogs.Load(Linyi).Documents);

        Assert.Equal(DocumentKind.Plan, plan.Kind);
        Assert.Equal("临政办字〔2020〕86号", plan.Number);
        Assert.Equal("临沂市人民政府办公室", plan.IssuingBody);
        Assert.Equal(new LocalDate(2020, 7, 17), plan.Issued);
        Assert.Equal(Fixtures.Year(2020), plan.Effective);
    }

    // 000 一、5: PM2.5、PM10、二氧化氮"分别"52、94、40 µg/m³ 以下 — paired in order, inclusive.
    [Fact]
    public void Load_LinyiAirTargets_PairPollutantsWithLimitsInOrder()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        Assert.Equal(Condition.AtMost(52m), ValueTarget(catalog, "linyi-2020-pm25-annual-mean-target").Condition);
        Assert.Equal(Condition.AtMost(94m), ValueTarget(catalog, "linyi-2020-pm10-annual-mean-target").Condition);
        Assert.Equal(Condition.AtMost(40m), ValueTarget(catalog, "linyi-2020-no2-annual-mean-target").Condition);
        Assert.Equal(Unit.MicrogramsPerCubicMetre, ValueTarget(catalog, "linyi-2020-pm25-annual-mean-target").Indicator.Unit);
    }

    // 000 一、5 and GB 3095-2012 Table 1 Grade II annual limits (air-quality.md §7.1): PM2.5 35, PM10 70, NO2 40.
    [Fact]
    public void Load_LinyiAirTargets_CarryTheGradeIiLimitsAsStatutoryTiers()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        Tier Statutory(string id) => Assert.Single(ValueTarget(catalog, id).Tiers, t => t.Level == TierLevel.Statutory);

        Assert.Equal(Condition.AtMost(35m), Statutory("linyi-2020-pm25-annual-mean-target").Condition);
        Assert.Equal(Condition.AtMost(70m), Statutory("linyi-2020-pm10-annual-mean-target").Condition);
        Assert.Equal(Condition.AtMost(40m), Statutory("linyi-2020-no2-annual-mean-target").Condition);
    }

    // 000 一、5: 优良率达到62%(优良天数227天)以上.
    [Fact]
    public void Load_LinyiGoodAir_IsAtLeast62PercentAndAtLeast227Days()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        CompoundTarget goodAir = CompoundTarget(catalog, "linyi-2020-good-air-target");

        Assert.Equal(2, goodAir.Components.Count);
        Assert.Equal(Condition.AtLeast(62m), ValueTarget(catalog, "linyi-2020-good-air-rate-target").Condition);
        Assert.Equal(Condition.AtLeast(227m), ValueTarget(catalog, "linyi-2020-good-air-days-target").Condition);
        Assert.Equal(Unit.Days, ValueTarget(catalog, "linyi-2020-good-air-days-target").Indicator.Unit);
    }

    // 000 二、7: 报备率、报备及时率、规范率均达到100% — three rates, two of them over the filed count.
    [Fact]
    public void Load_LinyiFiling_IsAllOfThreeRatesAt100OverSharedCounts()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        CompoundTarget filing = CompoundTarget(catalog, "linyi-2020-filing-target");
        var rates = filing.Components.Select(c => Assert.IsType<ValueTarget>(c)).ToList();

        Assert.Equal(3, rates.Count);
        Assert.All(rates, r => Assert.Equal(Condition.AtLeast(100m), r.Condition));
        Assert.All(rates, r => Assert.True(r.Indicator.IsDerivedRate));
        Assert.Equal("linyi-2020-normative-docs-filed", rates[0].Indicator.NumeratorId);
        Assert.Equal("linyi-2020-normative-docs-filed", rates[1].Indicator.DenominatorId);
        Assert.Equal("linyi-2020-normative-docs-filed", rates[2].Indicator.DenominatorId);
        Assert.Equal("二、7", filing.Provenance.Clause);
        Assert.Equal("市司法局", Assert.Single(filing.Provenance.LeadUnits));
    }

    // 000 一、5: 危险废物规范化管理抽查合格率保持90%以上 — a spot-check (sampled) rate.
    [Fact]
    public void Load_LinyiHazardousWaste_IsASampledRateOfAtLeast90()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Linyi), "linyi-2020-hazardous-waste-pass-rate-target");

        Assert.Equal(Condition.AtLeast(90m), target.Condition);
        Assert.True(target.Indicator.IsDerivedRate);
        Assert.Contains("sample", target.Indicator.Description, StringComparison.Ordinal);
    }

    // 000 一、2 选取100项; 二、6 3件地方性法规; 五、16 不存在未履行法院生效裁判的情况.
    [Fact]
    public void Load_LinyiCounts_Are100Items3RegulationsAndNoUnexecutedJudgments()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        Assert.Equal(Condition.AtLeast(100m), ValueTarget(catalog, "linyi-2020-high-frequency-items-target").Condition);
        Assert.Equal(Condition.AtLeast(3m), ValueTarget(catalog, "linyi-2020-local-regulations-reviewed-target").Condition);
        Assert.Equal(Condition.AtMost(0m), ValueTarget(catalog, "linyi-2020-unexecuted-judgments-target").Condition);
    }

    // 000 五、15: 被诉行政机关负责人出庭率达到100% for the named case categories.
    [Fact]
    public void Load_LinyiCourtAppearance_Is100PercentOfTheNamedCaseCategories()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Linyi), "linyi-2020-head-court-appearance-target");

        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal("linyi-2020-named-category-cases", target.Indicator.DenominatorId);
        Assert.Equal(Qualifiers.None, target.Qualifiers);
    }

    // 000 三、9 法律顾问工作全覆盖; 五、14 审计监督全覆盖: no number printed, 100 % implied.
    [Fact]
    public void Load_LinyiFullCoverage_Is100PercentImplied()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        foreach (string id in new[] { "linyi-2020-legal-adviser-coverage-target", "linyi-2020-audit-coverage-target" })
        {
            ValueTarget target = ValueTarget(catalog, id);
            Assert.Equal(Condition.AtLeast(100m), target.Condition);
            Assert.Equal(Qualifiers.Implied, target.Qualifiers);
        }
    }

    // 000 四、11: 市与市辖区原则上只设一个执法层级 — 原则上 is soft.
    [Fact]
    public void Load_LinyiEnforcementTiers_IsAtMostOneAndSoft()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Linyi), "linyi-2020-city-district-enforcement-tiers-target");

        Assert.Equal(Condition.AtMost(1m), target.Condition);
        Assert.Equal(Qualifiers.Soft, target.Qualifiers);
    }

    // 000 一、3: 全面建设24小时不打烊自助服务区 — no number, every venue (100 %, implied); 市行政审批局, 市直有关部门单位.
    [Fact]
    public void Load_LinyiSelfServiceAreas_Are100PercentImpliedWithLeadAndCooperatingUnits()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Linyi), "linyi-2020-self-service-area-coverage-target");

        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal(Qualifiers.Implied, target.Qualifiers);
        Assert.Equal(("一、3", "市行政审批局", "市直有关部门单位"), (target.Provenance.Clause, Assert.Single(target.Provenance.LeadUnits), Assert.Single(target.Provenance.CooperatingUnits)));
    }

    // 000 一、5: 10个国控断面及3个省控断面 — the 10 + 3 = 13 named sections are the compliance rate's denominator; the plan
    // sets no target on their number, so the catalog has none (the fact is in the indicator's description).
    [Fact]
    public void Load_LinyiAssessedSections_AreTheDenominator_WithoutATargetOfTheirOwn()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        Indicator sections = catalog.FindIndicator("linyi-2020-water-sections-assessed")!;

        Assert.Equal(sections.Id, ValueTarget(catalog, "linyi-2020-water-section-compliance-target").Indicator.DenominatorId);
        Assert.DoesNotContain(catalog.AllTargets.OfType<ValueTarget>(), t => t.Indicator.Id == sections.Id);
        Assert.Contains("13 sections", sections.Description, StringComparison.Ordinal);
    }

    // 000 二、6: 完成《临沂市湿地保护办法》制定工作 in the 2020 plan, no date — by 2020-12-31, implied (seeds/README rule
    // for named deliverables of a one-year plan).
    [Fact]
    public void Load_LinyiWetlandMeasures_AreDueAtTheEndOfThePlanYearImplied()
    {
        DeadlineTarget target = DeadlineTarget(SeedCatalogs.Load(Linyi), "linyi-2020-wetland-protection-measures-issued-target");

        Assert.Equal(new LocalDate(2020, 12, 31), target.Deadline.Due);
        Assert.Equal(Qualifiers.Implied, target.Qualifiers);
        Assert.Equal("市司法局", Assert.Single(target.Provenance.LeadUnits));
    }

    // 000 四、11: 县级一般实行"局队合一" — every county (100 %), softened by 一般.
    [Fact]
    public void Load_LinyiCountyBureauTeamMerger_Is100PercentSoftAndImplied()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Linyi), "linyi-2020-county-bureau-team-merger-target");

        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal(Qualifiers.Soft | Qualifiers.Implied, target.Qualifiers);
    }

    // 000 四、11: 5个领域 and 只设一个执法层级 hold in each unit; adding units' fields or tiers would count the same ones twice.
    [Fact]
    public void Load_LinyiFieldsAndTiers_RollUpByTheWorstUnit()
    {
        Catalog catalog = SeedCatalogs.Load(Linyi);

        Assert.Equal(RollupMethod.WorstChild, catalog.FindIndicator("linyi-2020-comprehensive-enforcement-fields")!.Rollup);
        Assert.Equal(RollupMethod.WorstChild, catalog.FindIndicator("linyi-2020-city-district-enforcement-tiers")!.Rollup);
    }

    // ---- Gaozhou 2020 report (001) -------------------------------------------------------------------------------

    // 001 signature: 高州市人民政府, 2020年12月24日; report deadline 2021-04-01 (督察工作规定 art. 24).
    [Fact]
    public void Load_GaozhouReport_IsAReportDatedBeforeItsYearEnds()
    {
        SourceDocument report = SeedCatalogs.Load(Gaozhou).Documents.Single(d => d.Id == "gaozhou-2020-report");

        Assert.Equal(DocumentKind.Report, report.Kind);
        Assert.Equal("高州市人民政府", report.IssuingBody);
        Assert.Equal(new LocalDate(2020, 12, 24), report.Issued);
        Assert.Equal(Fixtures.Year(2020), report.Effective);
        Assert.Equal(new LocalDate(2021, 4, 1), report.PublicationDeadline);
    }

    // 001 (二)7: 依申请事项共1341项; 可网办数1340项, 可网办率99.93%.
    [Fact]
    public void Load_GaozhouOnlineRate_KeepsTheCountsAndTheStatedPercent()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        ReportedFigure figure = Figure(catalog, "gaozhou-2020-online-processable-rate-figure");

        Assert.Equal(1340L, figure.Numerator);
        Assert.Equal(1341L, figure.Denominator);
        Assert.Equal(99.93m, figure.Value);
        Assert.Equal(2, figure.Value!.Value.Scale);
        Assert.Equal("(二)7", figure.Provenance.Clause);
        Assert.Equal(1341m, Figure(catalog, "gaozhou-2020-items-on-application-figure").Value);
    }

    // 001 (七)3: 工单11105宗, 办结率为100%, 满意度为93.46%. The completed count is not stated, and a whole-number 100 %
    // does not prove all 11105 were completed (seeds/README judgement call 9), so the rate has no numerator.
    [Fact]
    public void Load_GaozhouHotline_Is11105TicketsAStated100PercentCompletionRateAnd93_46Satisfaction()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        ReportedFigure completion = Figure(catalog, "gaozhou-2020-hotline-completion-rate-figure");

        Assert.Equal(11105m, Figure(catalog, "gaozhou-2020-hotline-tickets-figure").Value);
        Assert.Equal((100m, (long?)null, (long?)null), (completion.Value!.Value, completion.Numerator, completion.Denominator));
        Assert.Equal(93.46m, Figure(catalog, "gaozhou-2020-hotline-satisfaction-figure").Value);
    }

    // 001 (二)7: 执法人员账号开通率达到218.36% — recorded as stated, on a share indicator.
    [Fact]
    public void Load_GaozhouAccountActivation_IsRecordedAsStatedOnAShare()
    {
        ReportedFigure figure = Figure(SeedCatalogs.Load(Gaozhou), "gaozhou-2020-enforcer-account-activation-rate-figure");

        Assert.Equal(218.36m, figure.Value);
        Assert.True(figure.Indicator.IsShare);
    }

    // 001 (五)4 共有1427人参加; (五)5 考试人数共1251人 — the same exams, two counts, both kept.
    [Fact]
    public void Load_GaozhouExamParticipants_KeepsBothContradictoryStatements()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        ReportedFigure first = Figure(catalog, "gaozhou-2020-online-exam-participants-figure");
        ReportedFigure second = Figure(catalog, "gaozhou-2020-online-exam-participants-figure-2");

        Assert.Equal((1427m, "(五)4"), (first.Value!.Value, first.Provenance.Clause));
        Assert.Equal((1251m, "(五)5"), (second.Value!.Value, second.Provenance.Clause));
        Assert.Equal(first.Indicator, second.Indicator);
        Assert.Equal(first.Scope, second.Scope);
        Assert.Equal(first.Period, second.Period);
    }

    // 001 (五)5: 1500多人 is a lower bound (more than 1500); (九)3 gives the same training as 1500人.
    [Fact]
    public void Load_GaozhouTrainees_KeepsTheBoundAsABound()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        ReportedFigure bound = Figure(catalog, "gaozhou-2020-capacity-training-trainees-figure");

        Assert.Equal((1500m, StatedAs.MoreThan), (bound.Value!.Value, bound.StatedAs));
        Assert.Equal(StatedAs.Exact, Figure(catalog, "gaozhou-2020-capacity-training-trainees-figure-2").StatedAs);
    }

    // 001 (八)1 and (八)2: 1-11月 578 / 140 / 627 and 7454; 前三季度 5467.
    [Fact]
    public void Load_GaozhouPartialYearFigures_CoverTheStatedMonths()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);
        DateInterval januaryToNovember = Days(2020, 1, 1, 2020, 11, 30);

        Assert.Equal((578m, januaryToNovember), (Figure(catalog, "gaozhou-2020-dispute-screenings-figure").Value!.Value, Figure(catalog, "gaozhou-2020-dispute-screenings-figure").Period));
        Assert.Equal((140m, januaryToNovember), (Figure(catalog, "gaozhou-2020-epidemic-dispute-screenings-figure").Value!.Value, Figure(catalog, "gaozhou-2020-epidemic-dispute-screenings-figure").Period));
        Assert.Equal((627m, januaryToNovember), (Figure(catalog, "gaozhou-2020-disputes-prevented-figure").Value!.Value, Figure(catalog, "gaozhou-2020-disputes-prevented-figure").Period));
        Assert.Equal((7454m, januaryToNovember), (Figure(catalog, "gaozhou-2020-mediations-figure").Value!.Value, Figure(catalog, "gaozhou-2020-mediations-figure").Period));
        Assert.Equal((5467m, Days(2020, 1, 1, 2020, 9, 30)), (Figure(catalog, "gaozhou-2020-subsidy-cases-figure").Value!.Value, Figure(catalog, "gaozhou-2020-subsidy-cases-figure").Period));
    }

    // 001 (二)3 71宗; (二)9 28个 / 490个; (三)1 1000件, 4件, 3件; (三)2 8份 / 115份; (四)2 八件; (五)5 15场, 23个 / 28个;
    // (八)4 148件 / 96件; (九)3 五期.
    [Fact]
    public void Load_GaozhouCounts_AreAsStated()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);
        var expected = new Dictionary<string, decimal>
        {
            ["gaozhou-2020-joint-approval-cases-figure"] = 71m,
            ["gaozhou-2020-legal-service-stations-figure"] = 28m,
            ["gaozhou-2020-legal-service-rooms-figure"] = 490m,
            ["gaozhou-2020-documents-reviewed-figure"] = 1000m,
            ["gaozhou-2020-government-normative-docs-reviewed-figure"] = 4m,
            ["gaozhou-2020-department-normative-docs-reviewed-figure"] = 3m,
            ["gaozhou-2020-normative-docs-revised-figure"] = 8m,
            ["gaozhou-2020-normative-docs-repealed-figure"] = 115m,
            ["gaozhou-2020-major-decisions-figure"] = 8m,
            ["gaozhou-2020-online-exam-rounds-figure"] = 4m,
            ["gaozhou-2020-online-exam-sessions-figure"] = 15m,
            ["gaozhou-2020-capacity-training-departments-figure"] = 23m,
            ["gaozhou-2020-capacity-training-towns-figure"] = 28m,
            ["gaozhou-2020-capacity-training-sessions-figure"] = 5m,
            ["gaozhou-2020-major-disputes-identified-figure"] = 148m,
            ["gaozhou-2020-major-disputes-resolved-figure"] = 96m,
        };

        Assert.All(expected, e => Assert.Equal(e.Value, Figure(catalog, e.Key).Value));
    }

    // 001 (二)3: 企业开办时间压缩至1个工作日内 — at most 1 working day, stated as a bound.
    [Fact]
    public void Load_GaozhouBusinessStartup_IsAtMostOneWorkingDay()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        ReportedFigure figure = Figure(catalog, "gaozhou-2020-business-startup-time-figure");

        Assert.Equal((1m, StatedAs.AtMost, Unit.WorkingDays), (figure.Value!.Value, figure.StatedAs, figure.ValueUnit));
        Assert.Equal(Condition.AtMost(1m), ValueTarget(catalog, "gaozhou-2020-business-startup-time-target").Condition);
    }

    // 001 三、一是: 2021 plans — 监管事项全覆盖 (100 % implied) for 2021, not 2020.
    [Fact]
    public void Load_GaozhouSupervisionCoverage_Is100PercentImpliedFor2021()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Gaozhou), "gaozhou-2020-supervision-item-coverage-2021-target");

        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal(Qualifiers.Implied, target.Qualifiers);
        Assert.Equal(Fixtures.Year(2021), target.Period);
    }

    // 001 (二)7: 执法人员账号开通率达到218.36% is impossible for a share.
    [Fact]
    public void Check_Gaozhou_FlagsTheAccountActivationShareAbove100()
    {
        IReadOnlyList<Finding> findings = DataQuality.Check(SeedCatalogs.Load(Gaozhou));

        Finding finding = Assert.Single(findings, f => f.Code == FindingCode.ShareAbove100);
        Assert.Equal("gaozhou-2020-enforcer-account-activation-rate-figure", finding.FigureId);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    // 001 (五)4 vs (五)5: 1427 and 1251 participants of the same 2020 exams.
    [Fact]
    public void Check_Gaozhou_FlagsTheInconsistentExamParticipantCounts()
    {
        IReadOnlyList<Finding> findings = DataQuality.Check(SeedCatalogs.Load(Gaozhou));

        Finding finding = Assert.Single(findings, f => f.Code == FindingCode.ConflictingFigures && f.FigureId == "gaozhou-2020-online-exam-participants-figure-2");
        Assert.Contains("1427", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("1251", finding.MessageEn, StringComparison.Ordinal);
    }

    // 001 (二)7: 1340/1341 = 99.925 % rounds to the stated 99.93 — consistent.
    [Fact]
    public void Check_Gaozhou_DoesNotFlagTheConsistentOnlineRate()
    {
        IReadOnlyList<Finding> findings = DataQuality.Check(SeedCatalogs.Load(Gaozhou));

        Assert.DoesNotContain(findings, f => f.FigureId == "gaozhou-2020-online-processable-rate-figure");
        Assert.DoesNotContain(findings, f => f.Code == FindingCode.StatedValueInconsistent);
    }

    // 001 signature 2020年12月24日: before the end of the year it reports on.
    [Fact]
    public void Check_Gaozhou_FlagsTheReportDatedBeforeTheYearEnds()
    {
        IReadOnlyList<Finding> findings = DataQuality.Check(SeedCatalogs.Load(Gaozhou));

        Assert.Single(findings, f => f.Code == FindingCode.DatedBeforePeriodEnd);
        Assert.DoesNotContain(findings, f => f.Code == FindingCode.PublishedAfterDeadline);
    }

    // 001 (八)2: 以案定补 cases cover 前三季度, the mediations beside them 1-11月.
    [Fact]
    public void Check_Gaozhou_FlagsCountsOfDifferentPeriods()
    {
        IReadOnlyList<Finding> findings = DataQuality.Check(SeedCatalogs.Load(Gaozhou));

        Finding finding = Assert.Single(findings, f => f.Code == FindingCode.CountPeriodsDiffer);
        Assert.Equal("gaozhou-2020-subsidy-cases-figure", finding.FigureId);
    }

    // 001 (五)5: 1251 examinees, all trained before the exam (实现…100%培训) — but (五)4 gives 1427 participants for the same
    // four rounds. The catalog holds what the report states: the trained count and the two participant counts; the rate
    // is derived, 1251/1251 = 100 % or 1251/1427 = 87.67 % (hand calculation). One reading meets ≥ 100 %, the other does
    // not, so the result is indeterminate with the conflict named, not met on the more favourable count.
    [Fact]
    public void Evaluate_GaozhouPreExamTraining_IsIndeterminateBetweenTheTwoParticipantCounts()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);
        CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);

        TargetResult result = Assert.Single(evaluation.Results, r => r.Target.Id == "gaozhou-2020-pre-exam-training-target");
        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Finding conflict = Assert.Single(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
        Assert.Contains("87.67% (1251/1427)", conflict.MessageEn, StringComparison.Ordinal);
        Assert.Contains("100.00% (1251/1251)", conflict.MessageEn, StringComparison.Ordinal);
        Assert.Equal(
            ["gaozhou-2020-online-exam-participants-trained-figure", "gaozhou-2020-online-exam-participants-figure-2", "gaozhou-2020-online-exam-participants-figure"],
            result.Evidence.Select(f => f.Id));
        Assert.DoesNotContain(catalog.Figures, f => f.Indicator.Id == "gaozhou-2020-pre-exam-training-rate"); // no percentage the report does not state
    }

    // 001 (二)9: 实现了公共法律服务平台全覆盖 — no number: the figure 100 is the catalog's reading, marked implied.
    [Fact]
    public void Load_GaozhouLegalServicePlatform_IsAnImplied100PercentFigure()
    {
        ReportedFigure figure = Figure(SeedCatalogs.Load(Gaozhou), "gaozhou-2020-legal-service-platform-coverage-figure");

        Assert.Equal((100m, Qualifiers.Implied), (figure.Value!.Value, figure.Qualifiers));
    }

    // 001 (八)1: 各司法所每月开展一次矛盾纠纷排查 — at least 12 a year per office (implied), judged per office (worst office
    // decides). The sentence is the target's only source: a figure 12 read from it would be met by construction, and the
    // report, dated 2020-12-24, cannot cover December. So there is no figure, and the target has no data.
    [Fact]
    public void Evaluate_GaozhouMonthlyScreening_HasNoFigureReadFromItsOwnWording()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        ValueTarget target = ValueTarget(catalog, "gaozhou-2020-screening-frequency-target");
        TargetResult result = Assert.Single(Evaluator.Evaluate(catalog).Results, r => r.Target.Id == target.Id);

        Assert.Equal((Condition.AtLeast(12m), Qualifiers.Implied, "各司法所"), (target.Condition, target.Qualifiers, target.Scope.Unit));
        Assert.Equal(RollupMethod.WorstChild, target.Indicator.Rollup);
        Assert.DoesNotContain(catalog.Figures, f => f.Indicator.Id == target.Indicator.Id);
        Assert.Equal(TargetStatus.NoData, result.Status);
    }

    // 001 (二)2: 半年检查总结、年度评价考核机制 — at least one of each a year, implied; the report gives no count.
    [Fact]
    public void Load_GaozhouReviewMechanism_IsAtLeastOneMidYearAndOneAnnualReview()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        foreach (string id in new[] { "gaozhou-2020-mid-year-review-target", "gaozhou-2020-annual-assessment-target" })
        {
            ValueTarget target = ValueTarget(catalog, id);
            Assert.Equal((Condition.AtLeast(1m), Qualifiers.Implied, "(二)2"), (target.Condition, target.Qualifiers, target.Provenance.Clause));
            Assert.Equal(Unit.TimesPerYear, target.Indicator.Unit);
        }
    }

    // 001 (五)5 落实…持证上岗 and (七)2 行政处罚案件办理均严格按照法定程序: claims of "every", recorded as implied 100 %.
    [Fact]
    public void Load_GaozhouEveryOfficerAndEveryCase_AreImplied100PercentFigures()
    {
        Catalog catalog = SeedCatalogs.Load(Gaozhou);

        foreach (string id in new[] { "gaozhou-2020-enforcement-officers-certified-rate-figure", "gaozhou-2020-penalty-cases-by-statutory-procedure-rate-figure" })
        {
            ReportedFigure figure = Figure(catalog, id);
            Assert.Equal((100m, Qualifiers.Implied), (figure.Value!.Value, figure.Qualifiers));
        }
    }

    // ---- Changzhi implementation plan 2015-2020 (002) ------------------------------------------------------------

    // 002 title: implements the 纲要(2015-2020年); the repost page is dated 2018-08-17.
    [Fact]
    public void Load_ChangzhiPlan_GovernsTheOutlinePeriod()
    {
        SourceDocument plan = Assert.Single(SeedCatalogs.Load(Changzhi).Documents);

        Assert.Equal(Days(2015, 1, 1, 2020, 12, 31), plan.Effective);
        Assert.Equal(new LocalDate(2018, 8, 17), plan.Issued);
    }

    // 002 一、(二), (2), (6), (54) 2017年出台, (55), (58), (59): due by the end of 2017.
    [Fact]
    public void Load_ChangzhiEndOf2017Milestones_AreDue2017_12_31()
    {
        var clauses = AllTargets(SeedCatalogs.Load(Changzhi)).OfType<DeadlineTarget>()
            .Where(t => t.Deadline.Kind == DeadlineKind.Fixed && t.Deadline.Due == new LocalDate(2017, 12, 31))
            .Select(t => t.Provenance.Clause)
            .ToHashSet();

        Assert.Superset(new HashSet<string?> { "一、(二)", "(2)", "(6)", "(54)", "(55)", "(58)", "(59)" }, clauses);
    }

    // 002 (49) 2017年6月底前; (7) and (12) 2018年6月底前; (21) and (57) 2018年底前.
    [Fact]
    public void Load_ChangzhiOtherMilestones_AreDueOnTheirStatedDates()
    {
        Catalog catalog = SeedCatalogs.Load(Changzhi);

        Assert.Equal(new LocalDate(2017, 6, 30), DeadlineTarget(catalog, "changzhi-2015-2020-legal-adviser-teams-established-target").Deadline.Due);
        Assert.Equal(new LocalDate(2018, 6, 30), DeadlineTarget(catalog, "changzhi-2015-2020-fee-catalogue-published-target").Deadline.Due);
        Assert.Equal(new LocalDate(2018, 6, 30), DeadlineTarget(catalog, "changzhi-2015-2020-market-rules-cleanup-published-target").Deadline.Due);
        Assert.Equal(new LocalDate(2018, 12, 31), DeadlineTarget(catalog, "changzhi-2015-2020-purchased-services-catalogue-published-target").Deadline.Due);
        Assert.Equal(new LocalDate(2018, 12, 31), DeadlineTarget(catalog, "changzhi-2015-2020-enforcement-justice-linkage-opinion-issued-target").Deadline.Due);
    }

    // 002 (111): 每年第一季度 report on the previous year — by 31 March, every year.
    [Fact]
    public void Load_ChangzhiAnnualReport_IsDueOnTheLastDayOfMarchEachYear()
    {
        DeadlineTarget target = DeadlineTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-government-annual-report-submitted-target");

        Assert.Equal(DeadlineKind.Annual, target.Deadline.Kind);
        Assert.Equal(new AnnualDate(3, 31), target.Deadline.AnnualDue);
        Assert.Equal("(111)", target.Provenance.Clause);
        Assert.Equal(4, target.Deadline.DueDatesFor(target.Period).Count); // 2017 to 2020
    }

    // 002 (108): 每年第一季度制定印发本年度…工作计划.
    [Fact]
    public void Load_ChangzhiAnnualWorkPlan_IsDueOnTheLastDayOfMarchEachYear()
    {
        DeadlineTarget target = DeadlineTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-annual-work-plan-issued-target");

        Assert.Equal(new AnnualDate(3, 31), target.Deadline.AnnualDue);
    }

    // 002 (102): 市县两级政府每年至少举办两期领导干部法治专题培训班; 各级政府每年至少举办两期法治专题讲座 — at least 2 in each
    // year 2017 to 2020 (seeds/README judgement call 11): one value target judged each year, not four copies.
    [Fact]
    public void Load_ChangzhiLeaderTraining_IsAtLeastTwoSessionsInEachYear2017To2020()
    {
        Catalog catalog = SeedCatalogs.Load(Changzhi);

        foreach (string id in new[] { "changzhi-2015-2020-leader-training-courses-target", "changzhi-2015-2020-rule-of-law-lectures-target" })
        {
            ValueTarget statement = ValueTarget(catalog, id);
            Assert.True(statement.EachYear);
            Assert.Equal(Fixtures.Span(2017, 1, 1, 2020, 12, 31), statement.Period);
            Assert.Equal(Condition.AtLeast(2m), statement.Condition);
            Assert.Equal(Unit.TimesPerYear, statement.Indicator.Unit);
            Assert.Equal("(102)", statement.Provenance.Clause);
        }
    }

    // 002 (102) 每年要制定领导干部学法计划 (≥ 1, implied), (104) 每年至少一次, (105) 每年至少两次: each year 2017 to 2020.
    [Fact]
    public void Load_ChangzhiOtherYearlyFrequencies_AreJudgedEachYear()
    {
        Catalog catalog = SeedCatalogs.Load(Changzhi);
        var expected = new[]
        {
            ("changzhi-2015-2020-leader-law-study-plans", 1m, "(102)"),
            ("changzhi-2015-2020-enforcement-officer-trainings", 1m, "(104)"),
            ("changzhi-2015-2020-staff-law-study-trainings", 2m, "(105)"),
        };

        foreach (var (id, minimum, clause) in expected)
        {
            ValueTarget target = ValueTarget(catalog, id + "-target");
            Assert.Equal((Condition.AtLeast(minimum), Fixtures.Span(2017, 1, 1, 2020, 12, 31), true, clause),
                (target.Condition, target.Period, target.EachYear, target.Provenance.Clause));
        }
        Assert.Equal(Qualifiers.Implied, ValueTarget(catalog, "changzhi-2015-2020-leader-law-study-plans-target").Qualifiers);
        Assert.DoesNotContain(catalog.AllTargets, t => t.Id.EndsWith("-2019-target", StringComparison.Ordinal)); // no per-year copies
    }

    // A 2018 figure of one course (fewer than 每年至少两期) is judged against 2018 — not met — instead of being a partial
    // period of the 2017–2020 target (indeterminate). The other years have no data, so the statement is not met. A
    // figure for all four years (8 courses) is not used for any year and is named on the whole.
    [Fact]
    public void Evaluate_ChangzhiOneYearOfTraining_IsJudgedAgainstThatYear()
    {
        Catalog catalog = SeedCatalogs.Load(Changzhi);
        Indicator courses = catalog.FindIndicator("changzhi-2015-2020-leader-training-courses")!;
        var scope = new Scope("长治市", "市县两级政府");
        var figure = new ReportedFigure("courses-2018", courses, scope, Fixtures.Year(2018), new Provenance(catalog.Documents[0], "test"), value: 1m);
        var fourYears = new ReportedFigure("courses-2017-2020", courses, scope, Fixtures.Span(2017, 1, 1, 2020, 12, 31), new Provenance(catalog.Documents[0], "test"), value: 8m);

        TargetResult result = Assert.Single(Evaluator.Evaluate(catalog.WithFigures([figure, fourYears])).Results, r => r.Target.Id == "changzhi-2015-2020-leader-training-courses-target");

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(
            [TargetStatus.NoData, TargetStatus.NotMet, TargetStatus.NoData, TargetStatus.NoData],
            result.Components.Select(c => c.Status));
        Assert.Equal("courses-2018", Assert.Single(result.Components[1].Evidence).Id);
        Assert.Equal("courses-2017-2020", Assert.Single(result.Findings, f => f.Code == FindingCode.PeriodMismatch).FigureId);
    }

    // 002 (102) per government, (104) per enforcement body, (105) per administrative body; 001 (八)1 per justice office:
    // several units' counts are not added — the worst unit decides.
    [Fact]
    public void Load_PerUnitFrequencies_RollUpByTheWorstUnit()
    {
        Catalog changzhi = SeedCatalogs.Load(Changzhi);
        string[] perUnit =
        [
            "changzhi-2015-2020-leader-law-study-plans", "changzhi-2015-2020-leader-training-courses", "changzhi-2015-2020-rule-of-law-lectures",
            "changzhi-2015-2020-enforcement-officer-trainings", "changzhi-2015-2020-staff-law-study-trainings",
        ];

        Assert.All(perUnit, id => Assert.Equal(RollupMethod.WorstChild, changzhi.FindIndicator(id)!.Rollup));
        Assert.Equal(RollupMethod.WorstChild, SeedCatalogs.Load(Gaozhou).FindIndicator("gaozhou-2020-screening-frequency")!.Rollup);
    }

    // 002 (7) 一律停止执行, (14) 全联通, (36) 必须公布 / 未经公布的不得作为依据, (37) 应当先经合法性审查, (47) 未进行风险评估的不得
    // 提交讨论, (68) 全面实行持证上岗, (72) 足额拨付: no number, each a 100 % rate (implied).
    [Fact]
    public void Load_ChangzhiAllOrNoneMeasures_AreImplied100PercentRates()
    {
        Catalog catalog = SeedCatalogs.Load(Changzhi);
        var expected = new Dictionary<string, string>
        {
            ["changzhi-2015-2020-unauthorised-fee-increases-stopped-target"] = "(7)",
            ["changzhi-2015-2020-licensing-supervision-connection-target"] = "(14)",
            ["changzhi-2015-2020-normative-doc-publication-target"] = "(36)",
            ["changzhi-2015-2020-normative-doc-legality-review-target"] = "(37)",
            ["changzhi-2015-2020-major-decision-risk-assessment-target"] = "(47)",
            ["changzhi-2015-2020-enforcement-officers-certified-target"] = "(68)",
            ["changzhi-2015-2020-enforcement-funding-disbursed-target"] = "(72)",
        };

        Assert.All(expected, e =>
        {
            ValueTarget target = ValueTarget(catalog, e.Key);
            Assert.Equal((Condition.AtLeast(100m), Qualifiers.Implied, e.Value), (target.Condition, target.Qualifiers, target.Provenance.Clause));
            Assert.Equal(Unit.Percent, target.Indicator.Unit);
        });
    }

    // 002 (3) 不得以规章、文件形式设定审批, (35) 严格禁止规范性文件设定许可、处罚、强制, (72) 严禁下达罚没指标: bans on issuing
    // a countable thing — a count of at most 0, implied; lower is better.
    [Fact]
    public void Load_ChangzhiBansOnIssuing_AreImpliedCountsOfZero()
    {
        Catalog catalog = SeedCatalogs.Load(Changzhi);

        foreach (string id in new[] { "changzhi-2015-2020-approvals-set-without-legal-basis-target", "changzhi-2015-2020-normative-docs-setting-powers-target", "changzhi-2015-2020-fine-quotas-issued-target" })
        {
            ValueTarget target = ValueTarget(catalog, id);
            Assert.Equal((Condition.AtMost(0m), Qualifiers.Implied, Polarity.LowerIsBetter), (target.Condition, target.Qualifiers, target.Indicator.Polarity));
        }
        Assert.Equal(["市财政局"], ValueTarget(catalog, "changzhi-2015-2020-fine-quotas-issued-target").Provenance.LeadUnits);
    }

    // 002 (33): 期限一般不少于30天 — at least 30 days, soft because of 一般.
    [Fact]
    public void Load_ChangzhiCommentPeriod_IsAtLeast30DaysAndSoft()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-draft-comment-period-target");

        Assert.Equal(Condition.AtLeast(30m), target.Condition);
        Assert.Equal(Unit.Days, target.Indicator.Unit);
        Assert.Equal(Qualifiers.Soft, target.Qualifiers);
    }

    // 002 (38): 收到建议审查申请书之日起30日内给予答复 — a timeliness rate until time limits are first-class.
    [Fact]
    public void Load_ChangzhiObjectionReply_IsAnImplied100PercentTimelyRateDescribingThe30DayLimit()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-objection-review-reply-timely-target");

        Assert.Equal("changzhi-2015-2020-objection-review-reply-timely-rate", target.Indicator.Id);
        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal(Qualifiers.Implied, target.Qualifiers);
        Assert.Contains("30 calendar days", target.Indicator.Description, StringComparison.Ordinal);
        Assert.Contains("not counted", target.Indicator.Description, StringComparison.Ordinal);
    }

    // 002 (120): 除有明确时间要求外…争取在2019年底前完成 — one soft blanket milestone.
    [Fact]
    public void Load_ChangzhiBlanketRule_IsOneSoftMilestoneAtTheEndOf2019()
    {
        DeadlineTarget target = DeadlineTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-undated-measures-complete-target");

        Assert.Equal(new LocalDate(2019, 12, 31), target.Deadline.Due);
        Assert.Equal(Qualifiers.Soft, target.Qualifiers);
    }

    // 002 (121): 2020年下半年…全面验收 — the window 2020-07-01..2020-12-31.
    [Fact]
    public void Load_ChangzhiFinalAcceptance_FallsInTheSecondHalfOf2020()
    {
        DeadlineTarget target = DeadlineTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-final-acceptance-review-target");

        Assert.Equal(DeadlineKind.Window, target.Deadline.Kind);
        Assert.Equal(Days(2020, 7, 1, 2020, 12, 31), target.Deadline.Window);
    }

    // 002 (2): 市政府办公厅牵头, 市发改委、市政务服务中心等相关单位、各县市区政府配合.
    [Fact]
    public void Load_ChangzhiPlatformMilestone_NamesLeadAndCooperatingUnits()
    {
        DeadlineTarget target = DeadlineTarget(SeedCatalogs.Load(Changzhi), "changzhi-2015-2020-service-platforms-operating-target");

        Assert.Equal(new[] { "市政府办公厅" }, target.Provenance.LeadUnits);
        Assert.Contains("各县市区政府", target.Provenance.CooperatingUnits);
    }

    // ---- Kunshan 2020 work points (003) --------------------------------------------------------------------------

    // 003 signature line "2020612" under 昆山市人民政府办公室: year 2020 and "612", which can only be June 12 (there is no
    // month 61). The page's 2020-06-16 is the publication date, four days later (seeds/README judgement call 15).
    [Fact]
    public void Load_KunshanPlan_UsesTheSignatureDate()
    {
        SourceDocument plan = Assert.Single(SeedCatalogs.Load(Kunshan).Documents);

        Assert.Equal("昆政办发〔2020〕94号", plan.Number);
        Assert.Equal("昆山市人民政府办公室", plan.IssuingBody);
        Assert.Equal(new LocalDate(2020, 6, 12), plan.Issued);
        Assert.Equal(Fixtures.Year(2020), plan.Effective);
    }

    // 003 一、2: 每年不少于15天.
    [Fact]
    public void Load_KunshanEnforcementTraining_IsAtLeast15DaysPerYear()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Kunshan), "kunshan-2020-enforcement-officer-training-days-target");

        Assert.Equal(Condition.AtLeast(15m), target.Condition);
        Assert.Equal(Unit.Days, target.Indicator.Unit);
        Assert.Equal(Fixtures.Year(2020), target.Period);
    }

    // 003 四、10: 法制审核人员不少于本单位执法人员总数5% — a rate derived from two head counts.
    [Fact]
    public void Load_KunshanLegalReviewStaff_IsAtLeast5PercentOfEnforcementStaff()
    {
        Catalog catalog = SeedCatalogs.Load(Kunshan);

        ValueTarget target = ValueTarget(catalog, "kunshan-2020-legal-review-staff-ratio-target");

        Assert.Equal(Condition.AtLeast(5m), target.Condition);
        Assert.Equal(Unit.Persons, catalog.FindIndicator(target.Indicator.NumeratorId!)!.Unit);
        Assert.Equal(Unit.Persons, catalog.FindIndicator(target.Indicator.DenominatorId!)!.Unit);
    }

    // 003 三、7: 重大行政决策网上运行率达100%.
    [Fact]
    public void Load_KunshanDecisionOnlineRate_Is100Percent()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Kunshan), "kunshan-2020-major-decision-online-target");

        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal(Qualifiers.None, target.Qualifiers);
    }

    // 003 四、10: 年底实现…三项制度达到100% — 100 % and by 2020-12-31.
    [Fact]
    public void Load_KunshanThreeSystems_Is100PercentByTheEndOf2020()
    {
        Catalog catalog = SeedCatalogs.Load(Kunshan);

        Assert.Equal(2, CompoundTarget(catalog, "kunshan-2020-three-systems-target").Components.Count);
        Assert.Equal(Condition.AtLeast(100m), ValueTarget(catalog, "kunshan-2020-three-systems-rate-target").Condition);
        Assert.Equal(new LocalDate(2020, 12, 31), DeadlineTarget(catalog, "kunshan-2020-three-systems-full-rollout-target").Deadline.Due);
    }

    // 003 五、14: 力争实现行政机关负责人出庭应诉率达100% — soft.
    [Fact]
    public void Load_KunshanCourtAppearance_Is100PercentAndSoft()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Kunshan), "kunshan-2020-head-court-appearance-target");

        Assert.Equal(Condition.AtLeast(100m), target.Condition);
        Assert.Equal(Qualifiers.Soft, target.Qualifiers);
    }

    // 003 一、2: 市政府常务会议每月学法 — monthly, so at least 12 a year (implied).
    [Fact]
    public void Load_KunshanMonthlyLawStudy_IsAtLeast12PerYearImplied()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Kunshan), "kunshan-2020-executive-meeting-law-study-target");

        Assert.Equal(Condition.AtLeast(12m), target.Condition);
        Assert.Equal(Unit.TimesPerYear, target.Indicator.Unit);
        Assert.Equal(Qualifiers.Implied, target.Qualifiers);
    }

    // 003 一、2 严格落实…任前法律知识考试制度, 三、7 实现决策全过程留痕, 四、12 严格实行…持证上岗: every one, 100 % implied.
    [Fact]
    public void Load_KunshanEveryOneMeasures_AreImplied100PercentRates()
    {
        Catalog catalog = SeedCatalogs.Load(Kunshan);
        var expected = new Dictionary<string, string>
        {
            ["kunshan-2020-pre-appointment-exam-target"] = "一、2",
            ["kunshan-2020-major-decision-trace-target"] = "三、7",
            ["kunshan-2020-enforcement-officers-certified-target"] = "四、12",
        };

        Assert.All(expected, e =>
        {
            ValueTarget target = ValueTarget(catalog, e.Key);
            Assert.Equal((Condition.AtLeast(100m), Qualifiers.Implied, e.Value), (target.Condition, target.Qualifiers, target.Provenance.Clause));
        });
        Assert.Equal("kunshan-2020-major-decisions", ValueTarget(catalog, "kunshan-2020-major-decision-trace-target").Indicator.DenominatorId);
    }

    // 003 二、5: 实现大厅之外无审批 — approvals outside the halls: at most 0, implied.
    [Fact]
    public void Load_KunshanNoApprovalOutsideTheHalls_IsAnImpliedCountOfZero()
    {
        ValueTarget target = ValueTarget(SeedCatalogs.Load(Kunshan), "kunshan-2020-approvals-outside-halls-target");

        Assert.Equal((Condition.AtMost(0m), Qualifiers.Implied, Polarity.LowerIsBetter), (target.Condition, target.Qualifiers, target.Indicator.Polarity));
    }

    // 003: documents the 2020 plan says to draw up without a date — 二、4 实施方案 and 目录清单, 二、6 标准目录, 三、7 决策事项目录,
    // 三、8 制定计划, 四、11 five rules and lists, 四、12 监督工作要点 and 监督计划 — are each due 2020-12-31, implied, as is
    // Linyi's 湿地保护办法 (the same rule, seeds/README).
    [Fact]
    public void Load_KunshanUndatedDocuments_AreDueAtTheEndOfThePlanYearImplied()
    {
        var implied = AllTargets(SeedCatalogs.Load(Kunshan)).OfType<DeadlineTarget>()
            .Where(t => t.Qualifiers.HasFlag(Qualifiers.Implied))
            .ToList();

        Assert.Equal(12, implied.Count);
        Assert.All(implied, t => Assert.Equal(new LocalDate(2020, 12, 31), t.Deadline.Due));
        Assert.Equal(
            ["二、4", "二、4", "二、6", "三、7", "三、8", "四、11", "四、11", "四、11", "四、11", "四、11", "四、12", "四、12"],
            implied.Select(t => t.Provenance.Clause));
    }

    // ---- Leshan high-tech zone 2019 report (004) -----------------------------------------------------------------

    // 004 header: 发布日期 2020-06-01, a report on 2019, due 2020-04-01 (督察工作规定 art. 24).
    [Fact]
    public void Load_LeshanReport_IsDueOnTheFirstOfApril2020()
    {
        SourceDocument report = SeedCatalogs.Load(Leshan).Documents.Single(d => d.Kind == DocumentKind.Report);

        Assert.Equal("乐山高新区管委会", report.IssuingBody);
        Assert.Equal(new LocalDate(2020, 6, 1), report.Issued);
        Assert.Equal(Fixtures.Year(2019), report.Effective);
        Assert.Equal(new LocalDate(2020, 4, 1), report.PublicationDeadline);
    }

    // 004 (一)2: 主任会会前学法共计12次.
    [Fact]
    public void Load_LeshanStudySessions_AreTwelve()
    {
        ReportedFigure figure = Figure(SeedCatalogs.Load(Leshan), "leshan-hightech-2019-pre-meeting-law-study-figure");

        Assert.Equal(12m, figure.Value);
        Assert.Equal(Fixtures.Year(2019), figure.Period);
    }

    // 004 (二)7: 严肃处理4家违规单位; 整改完成率达到100%.
    [Fact]
    public void Load_LeshanEnvironment_Has4UnitsPenalisedAnd100PercentRectification()
    {
        Catalog catalog = SeedCatalogs.Load(Leshan);

        Assert.Equal(4m, Figure(catalog, "leshan-hightech-2019-units-penalised-figure").Value);
        Assert.Equal(100m, Figure(catalog, "leshan-hightech-2019-inspection-rectification-figure").Value);
        Assert.Equal(Condition.AtLeast(100m), ValueTarget(catalog, "leshan-hightech-2019-inspection-rectification-target").Condition);
    }

    // 004 发布日期 2020-06-01; time-limits.md §2 worked check: 61 days after the 2020-04-01 deadline.
    [Fact]
    public void Check_Leshan_FlagsThePublication61DaysLate()
    {
        IReadOnlyList<Finding> findings = DataQuality.Check(SeedCatalogs.Load(Leshan));

        Finding finding = Assert.Single(findings, f => f.Code == FindingCode.PublishedAfterDeadline);
        Assert.Contains("61 days", finding.MessageEn, StringComparison.Ordinal);
    }

    // 004 发布日期 2020-06-01 against the 2020-04-01 deadline, judged as a milestone: not met, 61 days late.
    [Fact]
    public void Evaluate_LeshanPublicationTarget_IsNotMetBy61Days()
    {
        TargetResult result = Assert.Single(Evaluator.Evaluate(SeedCatalogs.Load(Leshan)).Results,
            r => r.Target.Id == "leshan-hightech-2019-report-published-target");

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(-61m, result.Margin);
    }

    // 004 (二)7 figure 100 % against the 100 % the report names.
    [Fact]
    public void Evaluate_LeshanRectification_IsMet()
    {
        TargetResult result = Assert.Single(Evaluator.Evaluate(SeedCatalogs.Load(Leshan)).Results,
            r => r.Target.Id == "leshan-hightech-2019-inspection-rectification-target");

        Assert.Equal(TargetStatus.Met, result.Status);
    }

    // 004 (二)4: 全面实行"多证合一、一照一码" and 全面实行"一址多照" — no number: implied 100 % figures.
    [Fact]
    public void Load_LeshanRegistrationReforms_AreImplied100PercentFigures()
    {
        Catalog catalog = SeedCatalogs.Load(Leshan);

        foreach (string id in new[] { "leshan-hightech-2019-integrated-licence-rate-figure", "leshan-hightech-2019-one-address-several-licences-rate-figure" })
        {
            ReportedFigure figure = Figure(catalog, id);
            Assert.Equal((100m, Qualifiers.Implied, "(二)4", Fixtures.Year(2019)), (figure.Value!.Value, figure.Qualifiers, figure.Provenance.Clause, figure.Period));
        }
    }
}
