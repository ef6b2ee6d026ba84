using System.Reflection;
using CarePortal.Web.Tests.Browser;
using CarePortal.Web.Tests.Deploy;
using Xunit;
using Xunit.v3;

namespace CarePortal.Web.Tests;

/// <summary>
/// The fast tier (<c>./test.sh --fast</c>) is every test without a <c>Tier</c> trait, so it runs with no PostgreSQL server,
/// no Chromium and no deployment: a test class that needs one of them and forgets its trait would slow the fast tier down
/// or break it on a machine without them. This finds such a class.
/// </summary>
public sealed class TestTiersTests
{
    [Fact]
    public void Every_test_class_needing_PostgreSQL_Chromium_or_a_deployment_carries_its_tier()
    {
        var missing = new List<string>();
        foreach (var type in typeof(TestTiersTests).Assembly.GetTypes().Where(IsTestClass))
        {
            var tiers = TiersOf(type);
            foreach (var needed in Needs(type).Where(n => !tiers.Contains(n)))
            {
                missing.Add($"{type.FullName} needs [Trait(\"Tier\", \"{needed}\")]");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_tiers_are_found_where_xunit_finds_them()
    {
        Assert.Contains("Postgres", TiersOf(typeof(Features.PagesTests_Postgres)));
        Assert.Contains("Browser", TiersOf(typeof(ComposerBrowserTests_Postgres)));
        Assert.Contains("Deploy", TiersOf(typeof(FailoverTests)));
        Assert.Empty(TiersOf(typeof(Features.PagesTests_Sqlite)));
        Assert.Equal(["Postgres", "Browser", "Deploy"], Needs(typeof(ComposerBrowserTests_Postgres)).Concat(Needs(typeof(FailoverTests))).Distinct());
    }

    private static bool IsTestClass(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any());

    /// <summary>The tiers a class's fixtures call for: a PostgreSQL database, Chromium, or a deployment (its scripts or nodes).</summary>
    private static IEnumerable<string> Needs(Type type)
    {
        var fixtures = type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        if (fixtures.Any(f => f.Name.Contains("Postgres", StringComparison.Ordinal)))
        {
            yield return "Postgres";
        }

        if (fixtures.Contains(typeof(Chromium)))
        {
            yield return "Browser";
        }

        if (fixtures.Contains(typeof(LoopbackDeployment)) || (type.Namespace == typeof(LoopbackDeployment).Namespace && fixtures.Count > 0))
        {
            yield return "Deploy";
        }
    }

    /// <summary>The values of the class's Tier traits, its base classes' included, as xUnit reads them.</summary>
    private static HashSet<string> TiersOf(Type type) =>
    [
        .. type.GetCustomAttributes(inherit: true).OfType<ITraitAttribute>()
            .SelectMany(t => t.GetTraits())
            .Where(t => t.Key == "Tier")
            .Select(t => t.Value),
    ];
}
