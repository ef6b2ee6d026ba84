using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// Text as a person writes it: no control characters (NUL, bell, escape …; tab and line breaks only where the field has lines)
/// and none of the characters that turn the direction text is shown in (embeddings, overrides and isolates, U+202A–U+202E and
/// U+2066–U+2069), which make a name, note or file name read otherwise than it is stored.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute(string what, bool lines = true) : ValidationAttribute
{
    public static bool IsPlain(string text, bool lines)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && !(lines && c is '\n' or '\r' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return false;
            }
        }

        return true;
    }

    public static string Message(string what) =>
        $"Write {what} as plain text: no control characters and no characters that turn the text's direction.";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || IsPlain(text, lines)
            ? ValidationResult.Success
            : new ValidationResult(Message(what), validationContext.MemberName is { } member ? [member] : null);
}
