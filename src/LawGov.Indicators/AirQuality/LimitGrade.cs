namespace LawGov.Indicators.AirQuality;

/// <summary>The grade of a GB 3095 concentration limit (浓度限值), chosen by the class of the zone assessed.</summary>
public enum LimitGrade
{
    /// <summary>Grade I (一级): class-1 zones (nature reserves, scenic areas and other areas needing special protection).</summary>
    GradeI = 1,

    /// <summary>Grade II (二级): class-2 zones (residential, commercial, industrial and rural areas); the grade city attainment uses.</summary>
    GradeII = 2,
}
