namespace CarePortal.Cli;

/// <summary>The command line, parsed by hand: a command, at most one input, and a few options.</summary>
internal sealed record CliArguments(
    string? Command,
    string? Input,
    string? Need,
    string Format,
    IReadOnlyList<string> Glossaries,
    bool JsonLines,
    bool Help,
    bool Version,
    string? Error)
{
    private static readonly Dictionary<string, string[]> OptionsOf = new()
    {
        ["review"] = ["--need", "--format", "--glossary", "--jsonl"],
        ["fix"] = ["--need", "--glossary"],
        ["rules"] = [],
    };

    private static readonly string[] OptionsWithValue = ["--need", "--format", "--glossary"];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        string? command = null, input = null, need = null, format = null;
        var glossaries = new List<string>();
        bool jsonLines = false, help = false, version = false, optionsEnded = false;

        CliArguments Result(string? error = null) =>
            new(command, input, need, format ?? "text", glossaries, jsonLines, help, version, error);

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (command is null)
                {
                    if (!OptionsOf.ContainsKey(arg))
                        return Result($"unknown command '{arg}' (commands: review, fix, rules)");
                    command = arg;
                }
                else if (input is null && command != "rules")
                {
                    input = arg;
                }
                else
                {
                    return Result($"unexpected argument '{arg}'");
                }
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (arg[..eq], arg[(eq + 1)..])
                : (arg, null);
            if (name is "-h" or "--help")
            {
                help = true;
                continue;
            }
            if (name == "--version" && command is null)
            {
                version = true;
                continue;
            }
            if (command is null || !OptionsOf[command].Contains(name))
                return Result(command is null ? $"unknown option '{name}'" : $"unknown option '{name}' for {command}");

            if (OptionsWithValue.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count)
                        return Result($"{name} needs a value");
                    value = args[++i];
                }
                switch (name)
                {
                    case "--need": need = value; break;
                    case "--glossary": glossaries.Add(value); break;
                    case "--format" when value is "text" or "json": format = value; break;
                    default: return Result($"unknown format '{value}' (formats: text, json)");
                }
            }
            else if (value is not null)
            {
                return Result($"{name} takes no value");
            }
            else
            {
                jsonLines = true;
            }
        }

        if (help || version)
            return Result();
        if (command is null)
            return Result("missing command (commands: review, fix, rules)");
        if (jsonLines && (need is not null || format is not null || input is not null))
            return Result("--jsonl reads every request from standard input; it takes no FILE, --need or --format");
        if (command != "rules" && !jsonLines && string.IsNullOrEmpty(need))
            return Result($"{command} needs --need NEED");
        return Result();
    }
}
