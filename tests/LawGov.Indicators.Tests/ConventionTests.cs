using System.Reflection;
using System.Runtime.CompilerServices;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Tests;

/// <summary>House rules checked by reflection over the package's public API.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Rate).Assembly.GetExportedTypes();

    public static TheoryData<Type> Equatables() =>
        [.. PublicTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))];

    [Theory]
    [MemberData(nameof(Equatables))]
    public void EveryEquatable_HasEqualityOperators(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
    }

    [Fact]
    public void EveryPublicClass_IsSealedStaticOrClosedAbstract()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Where(t => !t.IsAbstract || t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0
                || t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsFamily || c.IsFamilyOrAssembly))
            .Where(t => !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void EveryPublicType_IsImmutable_NoPublicSettersOrInitersOrWritableFields()
    {
        var mutable = PublicTypes
            .Where(t => !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod?.IsPublic == true)
                .Select(p => t.Name + "." + p.Name)
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                    .Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum)
                    .Select(f => t.Name + "." + f.Name)))
            .ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void EveryPublicStruct_IsReadOnly()
    {
        var writable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(writable);
    }

    // Read-only lists must not be arrays a caller could cast back and change.
    [Fact]
    public void ListsOfTheModel_CannotBeCastToArraysAndChanged()
    {
        var catalog = LawGov.Indicators.Targets.SeedCatalogs.Load(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020);
        var valueTarget = catalog.AllTargets.OfType<LawGov.Indicators.Targets.ValueTarget>().First(t => t.Tiers.Count > 0);
        var compound = catalog.AllTargets.OfType<LawGov.Indicators.Targets.CompoundTarget>().First();
        object[] lists =
        [
            catalog.Documents, catalog.Indicators, catalog.Targets, catalog.Figures, catalog.AllTargets,
            valueTarget.Tiers, compound.Components, valueTarget.Provenance.LeadUnits, valueTarget.Provenance.CooperatingUnits,
        ];

        Assert.All(lists, list => Assert.False(list.GetType().IsArray, list.GetType().Name));
    }
}
