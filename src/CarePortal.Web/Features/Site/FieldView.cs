using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Site;

/// <summary>
/// One text field as the USWDS form pattern draws it (Shared/_Field.cshtml): label, hint, the error beside the field
/// (<c>usa-form-group--error</c>, <c>aria-describedby</c>) and the value as typed.
/// </summary>
public sealed record FieldView(string Id, string Name, string Label, string? Value, string? Error, string? Hint = null,
    string Type = "text", int MaxLength = 200, string? List = null, string? Autocomplete = null, bool Required = true, string? InputMode = null)
{
    /// <summary>The first message ModelState holds for <paramref name="key"/> (case-insensitive, as the API names the field).</summary>
    public static string? ErrorIn(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <summary>A page's message for one field, beside that field: every page and its partials ask the same way.</summary>
public static class FieldErrors
{
    /// <summary>The first message for <paramref name="key"/> (as the API names the field), or null.</summary>
    public static string? ErrorFor(this PageModel page, string key) => FieldView.ErrorIn(page.ModelState, key);
}
