using CarePortal.Review;
using CarePortal.Web.Features.Training;
using Microsoft.Extensions.FileProviders;
using Xunit;

namespace CarePortal.Web.Tests.Features.Training;

/// <summary>The module as data: loaded and validated on start, and every exercise graded as the learner would meet it.</summary>
public sealed class TrainingModuleTests
{
    private static readonly TrainingModule Module = Load();

    internal static TrainingModule Load() =>
        TrainingModule.Load(new PhysicalFileProvider(WebProjectDirectory()), Reviewer.Default.Needs);

    internal static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "CarePortal.Web");
            if (File.Exists(Path.Combine(candidate, TrainingModule.FileName)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/CarePortal.Web not found above the test binaries.");
    }

    [Fact]
    public void The_module_has_the_seven_practices_in_order_each_with_a_check_and_two_exercises()
    {
        Assert.Equal(7, Module.Sections.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Module.Sections.Select(s => s.Number));
        Assert.Equal("Maintain the Honor & Credibility of the Agency", Module.Sections[0].Title);
        Assert.Equal("Connect Ministry Partners & Families", Module.Sections[6].Title);
        Assert.All(Module.Sections, s =>
        {
            Assert.NotEmpty(s.Check);
            Assert.True(s.Exercises.Count >= 2, s.Id);
        });
        Assert.Empty(Module.Validate(Reviewer.Default.Needs));
    }

    [Fact]
    public void Validation_refuses_a_missing_section_a_repeated_id_an_unknown_need_and_an_answer_out_of_range()
    {
        var sections = Module.Sections.ToList();
        var first = sections[0];
        var broken = Module with
        {
            Sections =
            [
                first with
                {
                    Check = [first.Check[0] with { Answer = 9 }],
                    Exercises = [first.Exercises[0] with { Need = "spaceship" }, first.Exercises[1] with { Id = first.Exercises[0].Id }],
                },
                .. sections.Skip(1).Take(5),
            ],
        };

        var errors = broken.Validate(Reviewer.Default.Needs);

        Assert.Contains(errors, e => e.Contains("6 sections, not 7", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("repeated id 'credibility-1'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'spaceship', which the reviewer does not know", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("an answer among them", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_module_file_stops_the_start_with_the_reason()
    {
        var dir = Directory.CreateTempSubdirectory("training-module");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "Features", "Training"));
            File.WriteAllText(Path.Combine(dir.FullName, TrainingModule.FileName), """{"title":"x","intro":"y","sections":[]}""");

            var error = Assert.Throws<InvalidOperationException>(() => TrainingModule.Load(new PhysicalFileProvider(dir.FullName), Reviewer.Default.Needs));

            Assert.Contains("0 sections, not 7", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    public static TheoryData<string> Exercises() => [.. Load().Sections.SelectMany(s => s.Exercises).Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Every_exercise_fails_as_written_and_passes_with_its_sample_rewrite(string id)
    {
        var grader = new TrainingGrader(Module);
        var exercise = Module.Exercise(id)!;

        var flawed = grader.Grade(id, exercise.Text)!;
        var sample = grader.Grade(id, exercise.Sample!)!;

        Assert.False(flawed.Passed);
        Assert.Contains(flawed.Findings, f => f.Counts && f.Explanation is not null);
        Assert.True(sample.Passed, string.Join("; ", sample.Findings.Where(f => f.Counts).Select(f => $"{f.Rule} '{f.Text}'")));
    }

    [Fact]
    public void The_connect_practice_also_needs_an_offer_to_meet_which_elsewhere_is_only_a_suggestion()
    {
        var grader = new TrainingGrader(Module);
        const string NoOffer = "Mom has worked hard to set up a home for her two children and is grateful for any help. The family needs a kitchen table with four chairs.";

        var connect = grader.Grade(Module.Section("connect")!.Exercises[0].Id, NoOffer)!;

        Assert.False(connect.Passed);
        Assert.Contains(connect.Findings, f => f.Rule == "connection-missing" && f.Counts);
    }

    [Fact]
    public void Grading_an_unknown_exercise_gives_nothing()
    {
        Assert.Null(new TrainingGrader(Module).Grade("no-such-exercise", "text"));
    }
}
