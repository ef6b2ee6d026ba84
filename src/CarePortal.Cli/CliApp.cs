using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>The whole tool behind <c>Program.cs</c>: arguments → reviewer → a formatter → exit code.</summary>
public static class CliApp
{
    /// <summary>Done; for <c>review</c>, the verdict is ready (suggestions may remain).</summary>
    public const int Success = 0;

    /// <summary><c>review</c> only: the verdict is needs changes or needs approval.</summary>
    public const int NotReady = 1;

    /// <summary>A usage or input error, said in one line on standard error.</summary>
    public const int Failure = 2;

    // Strict so that a binary or mis-encoded file is refused instead of reviewed as garbage.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public static bool ColourWanted(bool isTerminal, string? noColour) => isTerminal && string.IsNullOrEmpty(noColour);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool colour = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var root = CommandLine.Build(
            review: a => a.JsonLines ? JsonLines(a, stdin, stdout, stderr) : Review(a, stdin, stdout, stderr, colour),
            fix: a => Fix(a, stdin, stdout, stderr),
            rules: () => Rules(stdout),
            Version,
            optionsEnded: args.Contains("--"));
        var parsed = root.Parse(args);
        // Help and --version run even beside a mistake; any other mistake is one line on stderr, never a page of help.
        if (parsed.Action is ParseErrorAction)
            return Fail(stderr, $"{ParseErrors(root, parsed)}; see careportal --help");
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The parser's errors in one line; "no command given" only when nothing else is wrong ("lint" is an unknown command).</summary>
    private static string ParseErrors(Command root, ParseResult parsed)
    {
        var noCommand = root.Parse([]).Errors.Single().Message;
        var errors = parsed.Errors.Select(e => e.Message).Distinct().ToList();
        if (errors.Count > 1)
            errors.Remove(noCommand);
        return string.Join("; ", errors.Select(e => e == noCommand ? "missing command (commands: review, fix, rules)" : OneLine(e).TrimEnd('.')));
    }

    private static int Rules(TextWriter stdout)
    {
        RulesFormatter.Write(stdout, Reviewer.Rules);
        return Success;
    }

    private static int JsonLines(CliArguments a, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = Options(a);
        var reviewer = Load(options, stderr);
        return reviewer is null ? Failure : new JsonLinesProtocol(reviewer, options.MaxTextLength).Run(stdin, stdout, stderr);
    }

    private static int Review(CliArguments a, TextReader stdin, TextWriter stdout, TextWriter stderr, bool colour)
    {
        if (Prepare(a, stdin, stderr) is not (var reviewer, var text))
            return Failure;
        ReviewResult result;
        try
        {
            result = reviewer.Review(new ReviewRequest(text, a.Need!, a.Items));
        }
        catch (ArgumentException ex)
        {
            return Fail(stderr, OneLine(ex.Message));
        }

        if (a.Format == "json")
            JsonFormatter.Write(stdout, result);
        else
            new TextFormatter(colour).Write(stdout, text, result);
        // Suggestions (connection-missing, say) leave the verdict ready: only the verdict decides.
        return result.Verdict == Verdict.Ready ? Success : NotReady;
    }

    private static int Fix(CliArguments a, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (Prepare(a, stdin, stderr) is not (var reviewer, var text))
            return Failure;
        FixResult result;
        try
        {
            result = reviewer.Fix(new ReviewRequest(text, a.Need!, a.Items));
        }
        catch (ArgumentException ex)
        {
            return Fail(stderr, OneLine(ex.Message));
        }

        stdout.Write(result.Text);
        stdout.Flush();
        FixFormatter.Write(stderr, text, result);
        return Success;
    }

    /// <summary>Reads the input and builds the reviewer, or says on stderr why not (then null).</summary>
    private static (Reviewer Reviewer, string Text)? Prepare(CliArguments a, TextReader stdin, TextWriter stderr)
    {
        var text = ReadInput(a.Input, stdin, stderr);
        if (text is null)
            return null;
        var options = Options(a);
        var reviewer = Load(options, stderr);
        if (reviewer is null)
            return null;
        if (InputCheck.Problem(reviewer, options.MaxTextLength, text, a.Need!) is { } problem)
        {
            Fail(stderr, problem);
            return null;
        }
        return (reviewer, text);
    }

    private static ReviewerOptions Options(CliArguments a)
    {
        var options = new ReviewerOptions();
        foreach (var glossary in a.Glossaries)
            options.GlossaryFiles.Add(glossary);
        return options;
    }

    private static Reviewer? Load(ReviewerOptions options, TextWriter stderr)
    {
        if (options.GlossaryFiles.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            Fail(stderr, $"glossary file not found: {missing}");
            return null;
        }
        try
        {
            return new Reviewer(options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or FormatException or ArgumentException)
        {
            Fail(stderr, $"cannot load glossary: {OneLine(ex.Message)}");
            return null;
        }
    }

    private static string? ReadInput(string? path, TextReader stdin, TextWriter stderr)
    {
        var name = path is null or "-" ? "standard input" : path;
        try
        {
            return path is null or "-" ? stdin.ReadToEnd() : File.ReadAllText(path, StrictUtf8);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            Fail(stderr, $"file not found: {name}");
        }
        catch (DecoderFallbackException)
        {
            Fail(stderr, $"cannot read {name}: it is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(stderr, $"cannot read {name}: {OneLine(ex.Message)}");
        }
        return null;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"careportal: {message}");
        return Failure;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";
}
