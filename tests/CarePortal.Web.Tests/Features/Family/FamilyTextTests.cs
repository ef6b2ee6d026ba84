using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace CarePortal.Web.Tests.Features.Family;

/// <summary>Every sentence the family reads has its Spanish: each <c>words["…"]</c> of the family's page and messages is a name in FamilyText.es.resx.</summary>
public sealed partial class FamilyTextTests
{
    [Fact]
    public void Every_english_sentence_of_the_familys_page_and_messages_has_its_spanish()
    {
        var folder = FamilyFolder();
        var spanish = XDocument.Load(Path.Combine(folder, "FamilyText.es.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var used = Directory.GetFiles(folder).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => Said().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            // The month of a link's last day is translated by its (invariant) name.
            .Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0))
            .Distinct().ToList();

        Assert.True(used.Count >= 30, $"only {used.Count} sentences found: the pattern no longer reads the sources");
        var untranslated = used.Where(u => !spanish.ContainsKey(u)).ToList();
        Assert.True(untranslated.Count == 0, "no Spanish for: " + string.Join(" | ", untranslated));
        Assert.Empty(spanish.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key));
        var unused = spanish.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "Spanish for nothing the family reads: " + string.Join(" | ", unused));
    }

    private static string FamilyFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "src", "CarePortal.Web", "Features", "Family"));

    // words["…"], Words["…"] and say("…"): the English sentence, with C#'s escapes.
    [GeneratedRegex("""(?:[Ww]ords\[|say\()"((?:[^"\\]|\\.)*)"[,\]\)]""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Said();
}
