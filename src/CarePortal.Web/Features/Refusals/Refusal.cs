namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// Why something asked of CarePortal was refused: the HTTP status, a problem type a program can switch on, a short title
/// and a sentence a person understands. The API answers it as ProblemDetails; a page shows it as its message or an error page.
/// </summary>
public sealed record Refusal(int Status, string Title, string Detail)
{
    /// <summary>Problem types are URNs: stable names, not pages to fetch. docs/refusals.md lists them.</summary>
    public const string TypePrefix = "urn:careportal:problem:";

    public static readonly Refusal InvalidInputTemplate = new(StatusCodes.Status400BadRequest, "Invalid input", "One or more fields are not valid.");

    /// <summary>The problem type, named from the title: "Not open" is <c>urn:careportal:problem:not-open</c>.</summary>
    public string Type => TypeFor(Title);

    /// <summary>Field name (as the API spells it) → what is wrong with it.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>More for a program to act on (the reviewer's findings, the items already taken).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    /// <summary>Every sentence to show a person: the field messages when there are any, else the detail.</summary>
    public IEnumerable<string> Sentences => Errors.Count > 0 ? Errors.Values.SelectMany(m => m) : [Detail];

    public static string TypeFor(string title) =>
        TypePrefix + string.Join('-', title.ToLowerInvariant().Split(
            [' ', '\'', ',', '.', ':', ';', '(', ')', '"', '/'], StringSplitOptions.RemoveEmptyEntries));
}
