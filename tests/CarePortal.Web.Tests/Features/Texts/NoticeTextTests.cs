using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>Every text a person reads has its Spanish: each <c>words["…"]</c> of the Texts feature, and each need's name.</summary>
public sealed partial class NoticeTextTests
{
    [Fact]
    public void Every_english_text_and_every_need_has_its_spanish()
    {
        var folder = TextsFolder();
        var spanish = XDocument.Load(Path.Combine(folder, "NoticeText.es.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var used = Directory.GetFiles(folder, "*.cs").SelectMany(f => Said().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Concat(Needs.All).Distinct().ToList();

        Assert.True(used.Count >= 20, $"only {used.Count} texts found: the pattern no longer reads the sources");
        var untranslated = used.Where(u => !spanish.ContainsKey(u)).ToList();
        Assert.True(untranslated.Count == 0, "no Spanish for: " + string.Join(" | ", untranslated));
        Assert.Empty(spanish.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key));
        Assert.True(spanish.Keys.All(used.Contains), "Spanish for nothing a text says: " + string.Join(" | ", spanish.Keys.Where(k => !used.Contains(k))));
        // Each translation keeps its placeholders.
        Assert.All(spanish, s => Assert.Equal(Placeholders(s.Key), Placeholders(s.Value)));
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    private static string TextsFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "src", "CarePortal.Web", "Features", "Texts"));

    [GeneratedRegex("""words\["((?:[^"\\]|\\.)*)"[,\]]""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Said();

    [GeneratedRegex(@"\{\d\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
