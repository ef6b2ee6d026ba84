namespace CarePortal.Review;

/// <summary>What an agency adds to the built-in data, without a rebuild.</summary>
public sealed class ReviewerOptions
{
    /// <summary>Glossary files (same JSON shape as the built-in glossary) whose terms are added to or replace built-in ones.</summary>
    public IList<string> GlossaryFiles { get; } = [];

    /// <summary>Need template files (same JSON shape as the built-in templates) that add or replace needs.</summary>
    public IList<string> NeedTemplateFiles { get; } = [];

    /// <summary>Longest text reviewed, in characters; longer input is refused with <see cref="ArgumentException"/>.</summary>
    public int MaxTextLength { get; set; } = 100_000;
}
