using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>Turns a request the reviewer would refuse into a message that tells the user what to do.</summary>
internal static class InputCheck
{
    public static string? Problem(Reviewer reviewer, int maxTextLength, string text, string need)
    {
        if (!reviewer.Needs.Contains(need))
            return $"unknown need '{need}'; known needs: {string.Join(", ", reviewer.Needs.Order(StringComparer.Ordinal))}";
        if (text.Length > maxTextLength)
            return $"the description is {text.Length} characters long; the limit is {maxTextLength}";
        return null;
    }
}
