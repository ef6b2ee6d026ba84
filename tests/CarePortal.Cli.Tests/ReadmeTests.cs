using System.Text.RegularExpressions;
using Xunit;

namespace CarePortal.Cli.Tests;

/// <summary>The README's command-line example, read from README.md itself, run with the built tool.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public async Task The_README_example_prints_exactly_what_the_README_shows()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Review a description from the command line", StringComparison.Ordinal)..];
        var blocks = CodeBlock().Matches(section);
        var command = blocks[0].Groups["body"].Value.Replace("\\\n", " ", StringComparison.Ordinal);
        var expected = blocks[1].Groups["body"].Value;
        var example = Example().Match(command);
        Assert.True(example.Success, $"The README's command is not 'echo \"…\" | dotnet run --project src/CarePortal.Cli -- ARGS': {command}");

        var run = await Executable.RunAsync(example.Groups["text"].Value + "\n", example.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(1, run.ExitCode);
    }

    [GeneratedRegex(@"```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^echo ""(?<text>[^""]*)"" +\| +dotnet run --project src/CarePortal\.Cli -- (?<args>[^\n]+?)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Example();
}
