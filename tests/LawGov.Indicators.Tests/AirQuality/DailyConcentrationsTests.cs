using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class DailyConcentrationsTests
{
    [Fact]
    public void TryFromParts_PartsOfAnyHourlyDay_GiveThatDay()
    {
        // The checks on hand-built parts (JSON state) refuse only what hourly data cannot give: the parts of a day
        // summarized from any set of O3 hours (0–24 of them, any pattern, values 0–400 with decimals, some days flat)
        // are accepted and give the same day, every field.
        var gen = from mask in Gen.Choose(0, (1 << 24) - 1)
                  from density in Gen.Choose(0, 24)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (mask, density, seed);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var random = new Random(x.seed);
            // Either the random mask or the first `density` hours of a random rotation, so sparse and dense days both come up.
            ulong run = (1UL << x.density) - 1;
            int turn = random.Next(24);
            uint hours = random.Next(2) == 0 ? (uint)x.mask : (uint)(((run << turn) | (run >> (24 - turn))) & 0xFF_FFFF);
            bool flat = random.Next(4) == 0;
            var values = new long[6 * 24];
            var present = new uint[6];
            present[(int)Pollutant.O3] = hours;
            for (int h = 0; h < 24; h++)
            {
                values[((int)Pollutant.O3 * 24) + h] = flat ? 60_000_000 : random.Next(0, 400_000_000);
            }
            DailyConcentrations day = DaySummarizer.Summarize<long>(new LocalDate(2024, 7, 1), values, present);

            Span<long> sums = stackalloc long[6];
            Span<int> counts = stackalloc int[6];
            for (int p = 0; p < 6; p++)
            {
                (decimal sum, int count) = day.Exact(p);
                sums[p] = (long)(sum * 1_000_000m);
                counts[p] = count;
            }
            (decimal windowSum, int windowHours) = day.Exact(DailyConcentrations.Mda8Slot);
            (long, int, int)? mda8 = day.O3ValidWindows > 0 ? ((long)(windowSum * 1_000_000m), windowHours, day.O3ValidWindows) : null;
            long? max = day.IsValid(DailyConcentrations.MaxOneHourSlot) ? (long)(day.Exact(DailyConcentrations.MaxOneHourSlot).Sum * 1_000_000m) : null;

            DailyConcentrations? read = DailyConcentrations.TryFromParts(day.Date, sums, counts, mda8, max, out _, out string? error);

            if (read != day)
            {
                throw new Xunit.Sdk.XunitException($"hours {hours:X6}: {error ?? "a different day"}");
            }
            return true;
        }), maxTest: 500);
    }
}
