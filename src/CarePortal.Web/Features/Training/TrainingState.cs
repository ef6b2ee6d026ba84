using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarePortal.Web.Features.Training;

/// <summary>
/// A learner's place and answers, as the browser keeps them (sessionStorage) and the server stores them. What the
/// browser sends is cleaned against the module; whether an exercise passed is always decided again by the reviewer.
/// </summary>
public sealed class TrainingState
{
    public const int MaxJsonLength = 100_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The section the learner is on.</summary>
    public string? Section { get; set; }

    /// <summary>Question id → the chosen answer's index.</summary>
    public Dictionary<string, int> Answers { get; set; } = [];

    /// <summary>Exercise id → the learner's rewrite.</summary>
    public Dictionary<string, string> Rewrites { get; set; } = [];

    /// <summary>Exercise ids the reviewer passed (filled in by the server; the browser's own flags are not trusted).</summary>
    public List<string> Passed { get; set; } = [];

    [JsonIgnore]
    public bool IsEmpty => Section is null && Answers.Count == 0 && Rewrites.Count == 0;

    public static TrainingState? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxJsonLength)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TrainingState>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Keeps only what the module knows, regrades every rewrite and returns the cleaned state.</summary>
    public TrainingState Clean(TrainingModule module, TrainingGrader grader)
    {
        var questions = module.Sections.SelectMany(s => s.Check).ToDictionary(q => q.Id);
        var clean = new TrainingState { Section = module.Section(Section)?.Id };
        foreach (var (id, choice) in Answers ?? [])
        {
            if (questions.TryGetValue(id, out var question) && choice >= 0 && choice < question.Choices.Count)
            {
                clean.Answers[id] = choice;
            }
        }

        foreach (var (id, text) in Rewrites ?? [])
        {
            if (module.Exercise(id) is not null && text is { Length: <= TrainingGrader.MaxTextLength })
            {
                clean.Rewrites[id] = text;
                if (grader.Grade(id, text) is { Passed: true })
                {
                    clean.Passed.Add(id);
                }
            }
        }

        return clean;
    }

    /// <summary>A practice is complete when every question of its check is answered correctly and one of its exercises passed.</summary>
    public bool IsComplete(TrainingSection section) =>
        section.Check.All(q => Answers.TryGetValue(q.Id, out var choice) && choice == q.Answer)
        && section.Exercises.Any(e => Passed.Contains(e.Id));

    public int CompletedSections(TrainingModule module) => module.Sections.Count(IsComplete);

    public bool IsComplete(TrainingModule module) => module.Sections.All(IsComplete);
}
