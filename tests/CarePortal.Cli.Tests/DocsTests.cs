using System.Text.RegularExpressions;
using Xunit;

namespace CarePortal.Cli.Tests;

/// <summary>The README and the docs point only at files of the repository: the project builds and is read without shared/.</summary>
public sealed partial class DocsTests
{
    [GeneratedRegex(@"\.\./shared|\bshared/(design|corpus|seed|tools)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SharedPointer { get; }

    [Fact]
    public void Readme_and_docs_never_point_at_the_shared_folder()
    {
        var files = Directory.GetFiles(Repository.PathOf("docs"), "*.md").Append(Repository.PathOf("README.md"));

        var pointers = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => SharedPointer.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}");

        Assert.Empty(pointers);
    }
}
