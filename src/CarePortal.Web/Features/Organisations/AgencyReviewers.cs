using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CarePortal.Review;

namespace CarePortal.Web.Features.Organisations;

/// <summary>Which of an agency's review data a setting holds.</summary>
public enum ReviewData
{
    Glossary,
    NeedTemplates,
}

/// <summary>
/// The reviewer with an agency's glossary additions and need templates, built by the reviewer's own loader (the same files
/// <see cref="ReviewerOptions"/> takes), so that what the settings page accepts is exactly what the reviewer can load.
/// </summary>
public sealed class AgencyReviewers
{
    public const int MaxLength = 100_000;

    private const int MaxCached = 32;

    private readonly ConcurrentDictionary<string, Lazy<Reviewer>> cache = new(StringComparer.Ordinal);

    /// <summary>Why the reviewer cannot load this data (in the page's words), or null when it can.</summary>
    public static string? Problem(string json, ReviewData kind)
    {
        if (json.Length > MaxLength)
        {
            return $"At most {MaxLength:N0} characters.";
        }

        try
        {
            _ = Build(kind == ReviewData.Glossary ? json : null, kind == ReviewData.NeedTemplates ? json : null);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>The reviewer for this data (none: the built-in reviewer); the data was checked with <see cref="Problem"/>.</summary>
    public Reviewer For(string? glossary, string? needTemplates)
    {
        if (glossary is null && needTemplates is null)
        {
            return Reviewer.Default;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes((glossary ?? "") + "\0" + (needTemplates ?? ""))));
        if (cache.Count >= MaxCached && !cache.ContainsKey(key))
        {
            cache.Clear();
        }

        return cache.GetOrAdd(key, _ => new Lazy<Reviewer>(() => Build(glossary, needTemplates))).Value;
    }

    /// <summary>Each file through the reviewer's loader; its messages name the file as the admin knows it, not the temporary path.</summary>
    private static Reviewer Build(string? glossary, string? needTemplates)
    {
        var files = new List<string>();
        try
        {
            var options = new ReviewerOptions();
            if (glossary is not null)
            {
                options.GlossaryFiles.Add(Write(files, glossary));
            }

            if (needTemplates is not null)
            {
                options.NeedTemplateFiles.Add(Write(files, needTemplates));
            }

            try
            {
                return new Reviewer(options);
            }
            catch (ArgumentException e)
            {
                var message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
                foreach (var (file, said) in files.Zip(new[] { glossary is null ? null : "Your glossary", needTemplates is null ? null : "Your need templates" }.OfType<string>()))
                {
                    message = message.Replace(file, said, StringComparison.Ordinal);
                }

                throw new ArgumentException(message, e);
            }
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    private static string Write(List<string> files, string json)
    {
        var path = Path.GetTempFileName();
        files.Add(path);
        File.WriteAllText(path, json);
        return path;
    }
}
