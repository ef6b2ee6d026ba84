using CarePortal.Review;

namespace CarePortal.Cli.Tests;

/// <summary>What a user sees from one run of the tool.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}

/// <summary>Runs the real program in-process, with stdin, stdout and stderr in memory.</summary>
internal static class Cli
{
    public static CliRun Run(string stdin, params string[] args) => Run(stdin, colour: false, args);

    public static CliRun Run(string stdin, bool colour, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, input, output, error, colour);
        return new(exit, output.ToString(), error.ToString());
    }

    /// <summary>Splits <c>"call me at [|555-0134|]"</c> into the text and the span between the markers.</summary>
    public static (string Text, TextSpan Span) Marked(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal) - 2;
        return (marked.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal), TextSpan.FromBounds(start, end));
    }
}

/// <summary>A file in the temp folder, deleted at the end of the test.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string contents) : this(System.Text.Encoding.UTF8.GetBytes(contents)) { }

    public TempFile(byte[] contents)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"careportal-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(Path, contents);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
