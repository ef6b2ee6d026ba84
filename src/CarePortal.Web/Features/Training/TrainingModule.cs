using System.Text.Json;
using CarePortal.Review;
using Microsoft.Extensions.FileProviders;

namespace CarePortal.Web.Features.Training;

/// <summary>The "Learn Best Practices" module (training-module.json): loaded once and validated on start.</summary>
public sealed record TrainingModule(string Title, string Intro, IReadOnlyList<TrainingSection> Sections)
{
    public const string FileName = "Features/Training/training-module.json";
    public const int SectionCount = 7;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TrainingSection? Section(string? id) => Sections.FirstOrDefault(s => s.Id == id);

    public TrainingExercise? Exercise(string? id) => Sections.SelectMany(s => s.Exercises).FirstOrDefault(e => e.Id == id);

    public TrainingSection SectionOf(TrainingExercise exercise) => Sections.First(s => s.Exercises.Contains(exercise));

    public static TrainingModule Load(IFileProvider files, IReadOnlyCollection<string> knownNeeds)
    {
        var file = files.GetFileInfo(FileName);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"The training module {FileName} is missing.");
        }

        using var stream = file.CreateReadStream();
        var module = JsonSerializer.Deserialize<TrainingModule>(stream, Json) ?? throw new InvalidOperationException($"{FileName} is empty.");
        var errors = module.Validate(knownNeeds);
        return errors.Count == 0 ? module : throw new InvalidOperationException($"{FileName} is not valid: {string.Join(" ", errors)}");
    }

    /// <summary>Seven sections, every id unique, every question answerable, every exercise's need known to the reviewer.</summary>
    public IReadOnlyList<string> Validate(IReadOnlyCollection<string> knownNeeds)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Title) || Sections is null)
        {
            return ["It needs a title and sections."];
        }

        if (Sections.Count != SectionCount)
        {
            errors.Add($"It has {Sections.Count} sections, not {SectionCount}.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            Unique(section.Id, "section");
            if (section.Body is not { Count: > 0 } || section.Check is not { Count: > 0 })
            {
                errors.Add($"Section '{section.Id}' needs a body and a knowledge check.");
            }

            if (section.Exercises is not { Count: >= 2 })
            {
                errors.Add($"Section '{section.Id}' needs at least two exercises.");
            }

            foreach (var question in section.Check ?? [])
            {
                Unique(question.Id, "question");
                if (question.Choices is not { Count: >= 2 } || question.Answer < 0 || question.Answer >= question.Choices.Count)
                {
                    errors.Add($"Question '{question.Id}' needs two choices or more and an answer among them.");
                }
            }

            foreach (var exercise in section.Exercises ?? [])
            {
                Unique(exercise.Id, "exercise");
                if (!knownNeeds.Contains(exercise.Need))
                {
                    errors.Add($"Exercise '{exercise.Id}' has the need '{exercise.Need}', which the reviewer does not know.");
                }

                if (string.IsNullOrWhiteSpace(exercise.Text))
                {
                    errors.Add($"Exercise '{exercise.Id}' has no text to rewrite.");
                }
            }
        }

        return errors;

        void Unique(string? id, string what)
        {
            if (string.IsNullOrWhiteSpace(id) || !ids.Add(id))
            {
                errors.Add($"A {what} has a missing or repeated id '{id}'.");
            }
        }
    }
}

public sealed record TrainingSection(
    string Id, int Number, string Title, IReadOnlyList<string> Rules, IReadOnlyList<string> Body,
    IReadOnlyList<TrainingExample> Examples, IReadOnlyList<TrainingQuestion> Check, IReadOnlyList<TrainingExercise> Exercises)
{
    /// <summary>The connect practice also asks for an offer to meet (the reviewer's connection-missing, a suggestion).</summary>
    public bool RequiresConnection => Rules.Contains(RuleIds.ConnectionMissing);
}

public sealed record TrainingExample(string Before, string After);

public sealed record TrainingQuestion(string Id, string Question, IReadOnlyList<string> Choices, int Answer, string Feedback);

public sealed record TrainingExercise(string Id, string Need, string Prompt, string Text, string Hint, string? Sample);

internal static class RuleIds
{
    public const string ConnectionMissing = "connection-missing";
}

/// <summary>Grades a rewrite with the reviewer: it passes when no blocker or warning remains (and, for the connect practice, no connection-missing).</summary>
public sealed class TrainingGrader(TrainingModule module)
{
    public const int MaxTextLength = 4000;

    public TrainingGrade? Grade(string exerciseId, string text)
    {
        if (module.Exercise(exerciseId) is not { } exercise)
        {
            return null;
        }

        var section = module.SectionOf(exercise);
        var result = Reviewer.Default.Review(text, exercise.Need);
        var findings = result.Findings
            .Select(f => new TrainingFinding(
                f.Rule, f.Severity.ToString().ToLowerInvariant(), f.Span.Start, f.Span.Length, f.Text, f.Message, f.Replacement,
                RuleCatalog.Find(f.Rule) is { } rule ? $"Practice {(int)rule.Practice}: {rule.Title}. {rule.Why}" : null,
                Counts(f, section)))
            .ToList();
        return new TrainingGrade(exercise.Id, findings.TrueForAll(f => !f.Counts), findings);
    }

    private static bool Counts(Finding finding, TrainingSection section) =>
        finding.Severity >= Severity.Warning || (section.RequiresConnection && finding.Rule == RuleIds.ConnectionMissing);
}

public sealed record TrainingGrade(string ExerciseId, bool Passed, IReadOnlyList<TrainingFinding> Findings);

/// <summary>A reviewer finding with the practice it belongs to and whether it stops the exercise passing.</summary>
public sealed record TrainingFinding(
    string Rule, string Severity, int Start, int Length, string Text, string Message, string? Replacement, string? Explanation, bool Counts);
