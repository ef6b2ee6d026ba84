using System.Text.Json;
using System.Text.Json.Serialization;
using CarePortal.Review.Text;

namespace CarePortal.Review;

/// <summary>A jargon term, the plain words that can replace it, and what it means to the public.</summary>
public sealed record GlossaryTerm(string Term, string Replacement, string Plain);

internal sealed record GlossaryFile(string? Comment, List<GlossaryTerm> Terms);

/// <summary>The jargon glossary: built-in terms plus an agency's own files (a later file replaces a term).</summary>
internal sealed class Glossary
{
    public Glossary(IEnumerable<GlossaryTerm> terms)
    {
        var byTerm = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            byTerm[term.Term.Trim()] = term;
        }

        Terms = byTerm.Values.ToList();
        Phrases = new PhraseList<GlossaryTerm>(Terms.Select(t => (t.Term, t)));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in Terms)
        {
            foreach (var word in term.Term.ToLowerInvariant().Split(' ', '-'))
            {
                words.Add(word);
            }
        }

        Words = new WordSet(words);
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public PhraseList<GlossaryTerm> Phrases { get; }

    /// <summary>Every word of every term, lower case (never a spelling mistake).</summary>
    public WordSet Words { get; }

    public static Glossary Load(IEnumerable<string> extraFiles)
    {
        var terms = Parse(DataFiles.ReadAll("glossary.json"), "built-in glossary").ToList();
        foreach (var path in extraFiles)
        {
            terms.AddRange(Parse(ReadFile(path), path));
        }

        return new Glossary(terms);
    }

    internal static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"Cannot read '{path}': {e.Message}", nameof(path), e);
        }
    }

    private static List<GlossaryTerm> Parse(string json, string source)
    {
        GlossaryFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, ReviewJsonContext.Default.GlossaryFile);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{source}: not a glossary file ({e.Message})", nameof(json), e);
        }

        if (file?.Terms is null)
        {
            throw new ArgumentException($"{source}: a glossary file needs a \"terms\" list", nameof(json));
        }

        foreach (var term in file.Terms)
        {
            if (string.IsNullOrWhiteSpace(term.Term) || term.Replacement is null || string.IsNullOrWhiteSpace(term.Plain))
            {
                throw new ArgumentException($"{source}: every term needs \"term\", \"replacement\" and \"plain\" (an empty replacement offers no fix)", nameof(json));
            }
        }

        return file.Terms;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(GlossaryFile))]
[JsonSerializable(typeof(NeedTemplateFile))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
