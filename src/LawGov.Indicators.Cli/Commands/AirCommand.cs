using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Cli.Output;
using NodaTime;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>
/// <c>air</c>: the annual assessment (or the daily AQI series) of a city from hourly monitoring data.
/// Exit codes: 0 all rows read and every city figure complete; 1 rows were skipped (listed on stderr) or a city figure
/// lacks valid days; 2 the file or an option is unusable (nothing on stdout).
/// </summary>
internal static class AirCommand
{
    internal static Command Create(CliContext context)
    {
        var standardOptions = new StandardOptions(required: false);
        var file = new Argument<string>("hourly.csv")
        {
            Description = "Hourly data, UTF-8 CSV with header station,time,PM2.5,PM10,SO2,NO2,CO,O3 (any order; optional city column; other columns ignored). " +
                          "Times yyyy-MM-ddTHH:mm or yyyy-MM-dd HH:mm; µg/m³, CO mg/m³; empty, NA, - and negative values are missing.",
        };
        var year = new Option<int?>("--year") { Description = "The calendar year to assess; required when the data covers several.", HelpName = "YYYY" };
        var format = new Option<string?>("--format") { Description = "table (default) or json; with --daily: csv (default) or json.", HelpName = "table|json|csv" };
        var daily = new Option<bool>("--daily") { Description = "Print the daily series (date, AQI, category, primary pollutants, each indicator's IAQI) instead of the annual assessment." };
        var city = new Option<string?>("--city") { Description = "The city to assess, when the file's city column names several." };
        var station = new Option<string?>("--station") { Description = "With --daily: print this station's series instead of the city's." };
        var hourly = new HourlyInputOptions();
        var grade = new Option<string?>("--limit-grade")
        {
            Description = "The GB 3095 limit grade the annual figures are judged against: II (default; class-2 zones, city attainment) or I. " +
                          "Daily validity stays on grade II: an MDA8 from fewer than 14 windows counts when above 160 µg/m³ either way.",
            HelpName = "I|II",
        };
        var comparison = new Option<string?>("--limit-comparison")
        {
            Description = "Compare the full-precision figures with the limits (full, default) or the figures as reported (rounded; GB/T 8170 §4.3).",
            HelpName = "full|rounded",
        };
        var command = new Command(
            "air",
            "Assess a year of hourly air-quality data (HJ 633 AQI, HJ 663 statistics): valid and good days, the good-day rate, " +
            "days per AQI level, annual means and percentiles, for the city (hourly mean of its stations) and each station.\n" +
            "Exit 0: all rows read and all city figures complete; 1: rows skipped or figures incomplete; 2: unusable input.\n" +
            "Without --standard, the Chinese standard in force on the last day of the year applies (HJ 633-2026 from 2026).\n" +
            "Example: lawgov-indicators air hourly.csv --standard hj633-2012 --year 2024 --format json");
        command.Arguments.Add(file);
        standardOptions.AddTo(command);
        command.Options.Add(year);
        command.Options.Add(format);
        command.Options.Add(daily);
        command.Options.Add(city);
        command.Options.Add(station);
        hourly.AddTo(command);
        command.Options.Add(grade);
        command.Options.Add(comparison);
        Option<bool> stats = RunStats.CreateOption();
        command.Options.Add(stats);
        command.SetAction(parsed => CliApp.Guard(context, () =>
        {
            var run = new RunStats();
            // Every option is checked before the file is read: a named standard with its options now; without one, the
            // year's default is taken once the data gives the year, its option values checked here already.
            standardOptions.CheckValues(parsed);
            AirQualityStandard? named = standardOptions.IsGiven(parsed) ? standardOptions.Resolve(parsed) : null;
            if (named is { SupportsHourlyAssessment: false })
            {
                throw new CliInputException(
                    "air: epa-2024 is not supported for hourly data: the input is in µg/m³ while EPA's indices need ppb/ppm at a declared " +
                    "reference condition, EPA takes the maximum over monitors rather than the mean, and its MDA8 windows run into the next day. " +
                    "Use 'iaqi --standard epa-2024' with EPA units.");
            }
            bool isDaily = parsed.GetValue(daily);
            string formatName = (parsed.GetValue(format) ?? (isDaily ? "csv" : "table")).ToLowerInvariant();
            if (isDaily ? formatName is not ("csv" or "json") : formatName is not ("table" or "json"))
            {
                throw new CliInputException(isDaily
                    ? $"Unknown --format '{formatName}' for --daily; expected csv or json."
                    : $"Unknown --format '{formatName}'; expected table or json (csv is for --daily).");
            }
            HourLabel label = hourly.Label(parsed);
            if (!isDaily && parsed.GetValue(station) is not null)
            {
                throw new CliInputException("--station applies with --daily; the annual assessment lists every station.");
            }
            HashSet<LocalDate> excluded = hourly.Excluded(parsed);
            LimitGrade limitGrade = (parsed.GetValue(grade) ?? "II").ToUpperInvariant() switch
            {
                "II" => LimitGrade.GradeII,
                "I" => LimitGrade.GradeI,
                string other => throw new CliInputException($"Unknown --limit-grade '{other}'; expected I or II."),
            };
            Measures.ComparisonMethod limitComparison = (parsed.GetValue(comparison) ?? "full").ToLowerInvariant() switch
            {
                "full" => Measures.ComparisonMethod.FullValue,
                "rounded" => Measures.ComparisonMethod.RoundedValue,
                string other => throw new CliInputException($"Unknown --limit-comparison '{other}'; expected full or rounded."),
            };
            string path = parsed.GetValue(file)!;

            AirDataSet data = Read(context, path, label);
            CityAirData target = ChooseCity(data, parsed.GetValue(city), path);
            int assessedYear = ChooseYear(data, target, parsed.GetValue(year), path);
            AirQualityStandard standard = named ?? standardOptions.Resolve(parsed, StandardOptions.DefaultFor(assessedYear));

            if (isDaily)
            {
                string? stationName = parsed.GetValue(station);
                SiteSeries site = stationName is null
                    ? target.City
                    : target.Stations.FirstOrDefault(s => s.Name == stationName)
                      ?? throw new CliInputException($"{path}: no station '{stationName}'; the city has {string.Join(", ", target.Stations.Select(s => s.Name))}.");
                var days = AirQualityAssessment.Daily(site, standard, excluded).Where(d => d.Date.Year == assessedYear);
                if (formatName == "json")
                {
                    WriteDailyJson(context.Output, standard, site.Name, days);
                }
                else
                {
                    context.Output.Write(DailyCsv(standard, days));
                }
                run.Report(context, parsed.GetValue(stats), data.RowCount, "rows");
                return data.SkippedRowCount > 0 ? ExitCodes.NotMet : ExitCodes.Success;
            }

            // One comparison for every figure: the precision rules of µg/m³ and CO carry it (as a target's rounding does).
            var options = new AnnualAssessmentOptions(
                standard,
                assessedYear,
                excluded,
                massConcentrationPrecision: Measures.RoundingRule.GbT8170(0, limitComparison),
                coPrecision: Measures.RoundingRule.GbT8170(1, limitComparison),
                grade: limitGrade);
            CityAnnualAssessment assessment = AirQualityAssessment.Annual(target, options);
            if (formatName == "json")
            {
                WriteAnnualJson(context.Output, assessment, options, data);
            }
            else
            {
                context.Output.Write(AnnualTable(assessment, target));
            }
            if (!assessment.City.IsComplete)
            {
                context.Error.WriteLine($"{path}: the city's {assessedYear} figures lack valid days (HJ 663: 324 a year, 27 a month, 25 in February); they are shown as NA.");
            }
            run.Report(context, parsed.GetValue(stats), data.RowCount, "rows");
            return data.SkippedRowCount > 0 || !assessment.City.IsComplete ? ExitCodes.NotMet : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Reads hourly data (with progress on a terminal); issues go to stderr, unusable input throws.</summary>
    internal static AirDataSet Read(CliContext context, string path, HourLabel label)
    {
        AirDataReadResult result;
        // The file itself goes to the reader (it reads parts of a file at once); progress comes back from it.
        using (FileStream stream = CliFiles.OpenRead(path, "hourly data", bulk: true))
        using (ProgressLine? progress = ProgressLine.For(stream, context, path))
        {
            result = HourlyAirData.ReadCsv(stream, new HourlyDataOptions(label, progress: progress));
        }
        if (!result.Success)
        {
            throw new CliInputException($"{path}:{result.Error}");
        }
        AirDataSet data = result.Value;
        foreach (AirDataIssue issue in data.Issues)
        {
            context.Error.WriteLine($"{path}:{issue}");
        }
        if (data.IssueCount > data.Issues.Count)
        {
            context.Error.WriteLine($"{path}: … and {data.IssueCount - data.Issues.Count} more issues.");
        }
        if (data.SkippedRowCount > 0 && data.SkippedRowCount < data.RowCount)
        {
            context.Error.WriteLine($"{path}: skipped {data.SkippedRowCount} of {data.RowCount} rows; the others were used.");
        }
        if (data.RowCount == 0)
        {
            throw new CliInputException($"{path}: no data rows after the header.");
        }
        if (data.SkippedRowCount == data.RowCount)
        {
            throw new CliInputException($"{path}: none of the {data.RowCount} rows could be read.");
        }
        return data;
    }

    internal static CityAirData ChooseCity(AirDataSet data, string? name, string path)
    {
        if (name is not null)
        {
            return data.Cities.FirstOrDefault(c => c.Name == name)
                ?? throw new CliInputException($"{path}: no city '{name}'; the file has {CityNames(data)}.");
        }
        if (data.Cities.Count > 1)
        {
            throw new CliInputException($"{path}: the file has {data.Cities.Count} cities ({CityNames(data)}); choose one with --city.");
        }
        return data.Cities[0];
    }

    private static string CityNames(AirDataSet data) => string.Join(", ", data.Cities.Select(c => c.Name ?? "(no city column)"));

    private static int ChooseYear(AirDataSet data, CityAirData city, int? year, string path)
    {
        var years = city.City.Days.Select(d => d.Date.Year).Distinct().Order().ToArray();
        if (year is int y)
        {
            return years.Contains(y)
                ? y
                : throw new CliInputException($"{path}: no data in {y}; the data covers {string.Join(", ", years)}.");
        }
        return years.Length == 1
            ? years[0]
            : throw new CliInputException($"{path}: the data covers the years {string.Join(", ", years)}; choose one with --year.");
    }

    private static string Label(AirIndicator indicator) =>
        indicator.Averaging == AveragingPeriod.TwentyFourHours ? indicator.Pollutant.Code() : indicator.Pollutant.Code() + "_" + indicator.Averaging.Code();

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "NA";

    private static string AnnualTable(CityAnnualAssessment assessment, CityAirData city)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Air quality {assessment.Year}, {assessment.Standard.Name}, city: {city.Name ?? "all stations"}\n");
        string[] columns = ["site", "valid", "good", "good%", "PM2.5", "PM10", "SO2", "NO2", "CO-p95", "O3-p90", "days by level 1-6", "exceeds"];
        var rows = new List<string[]> { columns };
        foreach (SiteAnnualAssessment site in assessment.Stations.Prepend(assessment.City))
        {
            rows.Add(
            [
                site == assessment.City ? "(city)" : site.Name,
                site.ValidDays.ToString(CultureInfo.InvariantCulture),
                site.GoodDays.ToString(CultureInfo.InvariantCulture),
                Format(site.ReportedGoodDayRate),
                Format(Reported(site.AnnualMeans, Pollutant.Pm25)),
                Format(Reported(site.AnnualMeans, Pollutant.Pm10)),
                Format(Reported(site.AnnualMeans, Pollutant.So2)),
                Format(Reported(site.AnnualMeans, Pollutant.No2)),
                Format(Reported(site.Percentiles, Pollutant.Co)),
                Format(Reported(site.Percentiles, Pollutant.O3)),
                string.Join("/", site.DaysByLevel),
                Exceeding(site),
            ]);
        }
        int[] widths = Enumerable.Range(0, columns.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (string[] row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i])))).Append('\n');
        }
        text.Append("µg/m³ (CO mg/m³), GB/T 8170 half-even; annual means of valid daily means; CO 24-h p95, O3 MDA8 p90 (HJ 663). NA: too few valid days.\n");
        text.Append(CultureInfo.InvariantCulture,
            $"exceeds: pollutants above the {assessment.Limits.Name} grade {Grade(assessment.Grade)} limits (annual means vs annual limits, 24-h p98/p95 vs 24-h limits, O3 MDA8 p90 vs 8-h limit); none: all attained.\n");
        return text.ToString();
    }

    private static string Grade(LimitGrade grade) => grade == LimitGrade.GradeI ? "I" : "II";

    /// <summary>The pollutants that exceed a limit, <c>none</c> when all attain, <c>NA</c> when some cannot be judged and none exceeds.</summary>
    private static string Exceeding(SiteAnnualAssessment site) => site.AttainsLimits switch
    {
        true => "none",
        false => string.Join(",", site.Attainment.Where(a => a.Attains == false).Select(a => a.Pollutant.Code())),
        null => "NA",
    };

    private static decimal? Reported(IReadOnlyList<AnnualStatistic> statistics, Pollutant pollutant)
    {
        AnnualStatistic statistic = statistics.First(s => s.Pollutant == pollutant);
        return statistic.IsComplete ? statistic.ReportedValue : null;
    }

    private static void WriteAnnualJson(TextWriter output, CityAnnualAssessment assessment, AnnualAssessmentOptions options, AirDataSet data)
    {
        var document = new AirAnnualDocument(
            assessment.Standard.Code,
            assessment.Year,
            new AirPrecisionDocument(Describe(options.MassConcentrationPrecision), Describe(options.CoPrecision), Describe(options.PercentPrecision)),
            // The command gives µg/m³ and CO the same comparison (--limit-comparison), recorded on the assessment.
            new AirLimitsDocument(assessment.Limits.Code, assessment.Limits.Name, Grade(assessment.Grade), assessment.MassConcentrationPrecision.Comparison == Measures.ComparisonMethod.RoundedValue ? "rounded" : "full"),
            data.RowCount,
            data.SkippedRowCount,
            Site(assessment.City),
            assessment.Stations.Select(Site).ToArray());
        JsonOutput.Write(output, stream => JsonSerializer.Serialize(stream, document, AirJsonContext.Default.AirAnnualDocument));
    }

    private static string Describe(Measures.RoundingRule rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{rule.Decimals} decimal{(rule.Decimals == 1 ? "" : "s")}, {(rule.Mode == Measures.RoundingMode.HalfEven ? "GB/T 8170 half-even" : rule.Mode.ToString())}");

    private static AirSiteDocument Site(SiteAnnualAssessment site) => new(
        site.Name,
        site.CalendarDays,
        site.ExcludedDays,
        site.ValidDays,
        site.GoodDays,
        site.ReportedGoodDayRate,
        site.DaysByLevel.Select((days, i) => (days, i)).ToDictionary(x => (x.i + 1).ToString(CultureInfo.InvariantCulture), x => x.days),
        site.AnnualMeans.ToDictionary(s => s.Pollutant.Code(), s => s.IsComplete ? s.ReportedValue : null),
        site.Percentiles.ToDictionary(s => s.Pollutant.Code(), s => s.IsComplete ? s.ReportedValue : null),
        site.Percentiles.ToDictionary(s => s.Pollutant.Code(), s => new AirPercentileOfDocument((int)(s.Percentile!.Value * 100), s.Pollutant == Pollutant.O3 ? "MDA8" : "24h")),
        site.IsComplete,
        site.Percentiles.ToDictionary(s => s.Pollutant.Code(), s => new AirCoverageDocument(s.ValidDays, s.ShortMonths)),
        site.AttainsLimits,
        site.Attainment.ToDictionary(a => a.Pollutant.Code(), a => new AirAttainmentDocument(a.Attains, a.Checks.Select(Check).ToArray())));

    private static AirLimitCheckDocument Check(LimitCheck check) => new(
        check.Statistic.Percentile is decimal p ? "p" + (p * 100).ToString("0", CultureInfo.InvariantCulture) : "annual-mean",
        check.LimitAveraging?.Code() ?? "annual",
        check.Limit,
        check.ComparedValue,
        check.Attains);

    private static string DailyCsv(AirQualityStandard standard, IEnumerable<DailyAirQuality> days)
    {
        var text = new StringBuilder("date,aqi,level,category,primary,");
        text.Append(string.Join(",", standard.DailyIndicators.Select(Label))).Append(",excluded\n");
        foreach (DailyAirQuality day in days)
        {
            AqiResult aqi = day.Aqi;
            text.Append(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(Format(aqi.Value)).Append(',')
                .Append(aqi.Category is { } c ? c.Level.ToString(CultureInfo.InvariantCulture) : "NA").Append(',')
                .Append(aqi.Category?.NameEn ?? "NA").Append(',')
                .Append(string.Join(";", aqi.PrimaryPollutants.Select(p => p.Code())));
            foreach (AirIndicator indicator in standard.DailyIndicators)
            {
                text.Append(',').Append(aqi.SubIndices.TryGetValue(indicator, out IaqiResult r) && r.IsDefined ? r.Value.ToString(CultureInfo.InvariantCulture) : "NA");
            }
            text.Append(',').Append(day.IsExcluded ? "true" : "false").Append('\n');
        }
        return text.ToString();
    }

    private static void WriteDailyJson(TextWriter output, AirQualityStandard standard, string site, IEnumerable<DailyAirQuality> days)
    {
        var document = new AirDailyDocument(
            standard.Code,
            site,
            days.Select(day => new AirDayDocument(
                day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                day.Aqi.Value,
                day.Aqi.Category?.Level,
                day.Aqi.Category?.NameEn,
                day.Aqi.PrimaryPollutants.Select(p => p.Code()).ToArray(),
                standard.DailyIndicators.ToDictionary(Label, i => day.Aqi.SubIndices.TryGetValue(i, out IaqiResult r) && r.IsDefined ? r.Value : (int?)null),
                day.IsExcluded)).ToArray());
        JsonOutput.Write(output, stream => JsonSerializer.Serialize(stream, document, AirJsonContext.Default.AirDailyDocument));
    }
}
