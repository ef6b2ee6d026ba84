using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace CarePortal.Cli;

/// <summary>What a command was asked to do, read from the parsed command line.</summary>
internal sealed record CliArguments(string? Input, string? Need, string Format, IReadOnlyList<string> Glossaries, bool JsonLines, IReadOnlyList<string>? Items = null);

/// <summary>The commands and options of <c>careportal</c> (System.CommandLine), each bound to the action that runs it.</summary>
internal static class CommandLine
{
    private const string Description = """
        Reviews CarePortal request descriptions against the seven best practices of the training module.

        Exit codes: 0 done; for review, the verdict is ready (suggestions may remain)
                    1 review only: the verdict is needs changes or needs approval
                    2 usage or input error
        """;

    /// <param name="optionsEnded">The command line has <c>--</c>: after it a FILE may start with a dash.</param>
    public static Command Build(Func<CliArguments, int> review, Func<CliArguments, int> fix, Func<int> rules, string version, bool optionsEnded)
    {
        // Named here, not after the executable (in tests that is the test host): help always says "careportal".
        var root = new Command("careportal", Description)
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersion(version) },
        };

        root.Add(Review(review, optionsEnded));
        root.Add(Fix(fix, optionsEnded));
        var rulesCommand = new Command("rules", "Lists every rule: id, practice, severity, title.");
        rulesCommand.SetAction(_ => rules());
        root.Add(rulesCommand);
        return root;
    }

    private static Command Review(Func<CliArguments, int> run, bool optionsEnded)
    {
        var input = Input(optionsEnded);
        var need = Need();
        var format = new Option<string>("--format")
        {
            Description = "text (findings with line, caret and fix) or json (one object)",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("text" or "json") and var value)
                result.AddError($"unknown format '{value}' (formats: text, json)");
        });
        var jsonLines = new Option<bool>("--jsonl")
        {
            Description = """reads {"id","need","text"} lines on standard input and writes one result line each""",
        };
        var glossaries = Glossaries();
        var items = Items();

        var command = new Command("review", "Prints the findings for a description read from FILE or standard input (-).")
        {
            input, need, format, jsonLines, glossaries, items,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(jsonLines))
            {
                if (result.GetResult(input) is not null || result.GetResult(need) is not null || result.GetResult(format) is { Implicit: false } || result.GetResult(items) is not null)
                    result.AddError("--jsonl reads every request from standard input; it takes no FILE, --need, --format or --items (give \"items\" in each line)");
            }
            else if (result.GetResult(need) is null)
            {
                result.AddError("review needs --need NEED"); // given without a value, the parser says so
            }
        });
        command.SetAction(parsed => run(new CliArguments(
            parsed.GetValue(input), parsed.GetValue(need), parsed.GetValue(format)!, parsed.GetValue(glossaries) ?? [], parsed.GetValue(jsonLines), parsed.GetValue(items) ?? [])));
        return command;
    }

    private static Command Fix(Func<CliArguments, int> run, bool optionsEnded)
    {
        var input = Input(optionsEnded);
        var need = Need();
        var glossaries = Glossaries();
        var items = Items();
        var command = new Command("fix", "Prints the text with every safe fix applied; what changed goes to standard error.")
        {
            input, need, glossaries, items,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(need) is null)
                result.AddError("fix needs --need NEED");
        });
        command.SetAction(parsed => run(new CliArguments(parsed.GetValue(input), parsed.GetValue(need), "text", parsed.GetValue(glossaries) ?? [], false, parsed.GetValue(items) ?? [])));
        return command;
    }

    private static Argument<string?> Input(bool optionsEnded)
    {
        var input = new Argument<string?>("FILE")
        {
            Description = "a UTF-8 text file; without it, or with -, standard input",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // The parser takes an option it does not know for the FILE: say what it is instead of "file not found".
        input.Validators.Add(result =>
        {
            if (!optionsEnded && result.Tokens is [{ Value: ['-', _, ..] value }])
                result.AddError($"unknown option '{value.Split('=')[0]}' for {((CommandResult)result.Parent!).Command.Name}");
        });
        return input;
    }

    private static Option<string?> Need() => new("--need")
    {
        Description = "what is asked for: clothing, baby-items, bed, furniture, household, school-supplies, food, rent, utilities, car-repair, transportation, appliance or other",
        HelpName = "NEED",
    };

    private static Option<string[]> Glossaries() => new("--glossary")
    {
        Description = "an agency's glossary file (JSON, the shape of the built-in one) added to the jargon terms; repeatable",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Option<string[]> Items() => new("--items", "--item")
    {
        Description = "an item the request asks for (\"boys coat size 8\"), so that children's ages are judged by what is asked for; repeatable",
        HelpName = "ITEM",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>"careportal 0.1.20261206.1234": the tool's name before the version, without the commit hash.</summary>
    private sealed class PrintVersion(string version) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"careportal {version}");
            return CliApp.Success;
        }
    }
}
