namespace CarePortal.Web.Features.Churches.Settings;

/// <summary>One labelled input in the USWDS error pattern (<c>_Field.cshtml</c>): its hint, and its message when refused.</summary>
public sealed record FieldView(string Id, string Name, string Label, string? Value, string? Error, string? Hint = null,
    string Type = "text", int? MaxLength = null, string? InputMode = null, string? Autocomplete = null, bool Required = false);
