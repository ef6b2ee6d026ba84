using System.Text.Json;
using System.Text.RegularExpressions;
using CarePortal.Review.Text;

namespace CarePortal.Review;

internal sealed record NeedCheckData(string Id, List<string> When, List<string> Require, string Missing, string Question, bool Shared = false, List<string>? Ignore = null);

internal sealed record NeedTemplateData(string Need, bool AgeAppropriate, List<NeedCheckData>? Checks);

internal sealed record NeedTemplateFile(string? Comment, List<NeedTemplateData> Needs);

/// <summary>A detail a partner needs: it applies when any 'when' pattern matches and is missing when no 'require' pattern does.</summary>
/// <remarks>
/// A shared check applies to every need whose description asks for the item, not only to its own. Text an 'ignore'
/// pattern matches does not count for 'require' (a bed's "king-size" or a diaper's "size 5" is not a clothing size).
/// </remarks>
internal sealed record NeedCheck(string Id, TieredRegex[] When, TieredRegex[] Require, string Missing, string Question, bool Shared = false, TieredRegex[]? Ignore = null)
{
    /// <summary>Whether a 'require' pattern matches the lower-cased text, outside what an 'ignore' pattern matches.</summary>
    public bool Met(string text)
    {
        if (Ignore is { Length: > 0 })
        {
            char[]? masked = null;
            foreach (var ignore in Ignore)
            {
                for (var m = ignore.Match(text); m.Success; m = m.NextMatch())
                {
                    masked ??= text.ToCharArray();
                    Array.Fill(masked, ' ', m.Index, m.Length);
                }
            }

            if (masked is not null)
            {
                text = new string(masked);
            }
        }

        foreach (var require in Require)
        {
            if (require.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A need (clothing, rent, …): whether children's details belong in it, and the details it needs.</summary>
internal sealed record NeedTemplate(string Need, bool AgeAppropriate, IReadOnlyList<NeedCheck> Checks);

/// <summary>The need templates: built-in plus an agency's own files (a later file replaces a need).</summary>
internal static class NeedTemplates
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    public static Dictionary<string, NeedTemplate> Load(IEnumerable<string> extraFiles)
    {
        var needs = new Dictionary<string, NeedTemplate>(StringComparer.OrdinalIgnoreCase);
        foreach (var template in Parse(DataFiles.ReadAll("need-templates.json"), "built-in need templates"))
        {
            needs[template.Need] = template;
        }

        foreach (var path in extraFiles)
        {
            foreach (var template in Parse(Glossary.ReadFile(path), path))
            {
                needs[template.Need] = template;
            }
        }

        return needs;
    }

    private static IEnumerable<NeedTemplate> Parse(string json, string source)
    {
        NeedTemplateFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, ReviewJsonContext.Default.NeedTemplateFile);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{source}: not a need template file ({e.Message})", nameof(json), e);
        }

        if (file?.Needs is null)
        {
            throw new ArgumentException($"{source}: a need template file needs a \"needs\" list", nameof(json));
        }

        return file.Needs.Select(n => new NeedTemplate(
            string.IsNullOrWhiteSpace(n.Need) ? throw new ArgumentException($"{source}: a need without a name", nameof(json)) : n.Need.Trim(),
            n.AgeAppropriate,
            (n.Checks ?? []).Select(c => new NeedCheck(c.Id, Compile(c.When, source), Compile(c.Require, source), c.Missing, c.Question, c.Shared, c.Ignore is null ? null : Compile(c.Ignore, source))).ToList()));
    }

    private static TieredRegex[] Compile(List<string>? patterns, string source)
    {
        try
        {
            return (patterns ?? []).Select(p => new TieredRegex(p, RegexOptions.CultureInvariant, PatternTimeout)).ToArray();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{source}: a pattern is not a valid regular expression ({e.Message})", nameof(patterns), e);
        }
    }
}
