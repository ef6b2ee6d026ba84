using System.Text.RegularExpressions;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary><c>rules</c>: one line per rule with its id, practice (number and name), severity and title.</summary>
internal static partial class RulesFormatter
{
    public static void Write(TextWriter output, IReadOnlyList<RuleInfo> rules)
    {
        var idWidth = rules.Select(r => r.Id.Length).Append("id".Length).Max();
        var practiceWidth = Enum.GetValues<Practice>().Select(p => PracticeName(p).Length).Max();
        output.WriteLine($"{"id".PadRight(idWidth)}  {"practice".PadRight(practiceWidth)}  {"severity",-10}  title");
        foreach (var rule in rules)
        {
            output.WriteLine(
                $"{rule.Id.PadRight(idWidth)}  {PracticeName(rule.Practice).PadRight(practiceWidth)}  {TextFormatter.SeverityName(rule.Severity),-10}  {rule.Title}");
        }
    }

    /// <summary>"4 plain language" for <see cref="Practice.PlainLanguage"/>.</summary>
    internal static string PracticeName(Practice practice) =>
        $"{(int)practice} {WordStart().Replace(practice.ToString(), " $1").Trim().ToLowerInvariant()}";

    [GeneratedRegex("([A-Z])")]
    private static partial Regex WordStart();
}
