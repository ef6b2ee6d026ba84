namespace CarePortal.Web.Features.Organisations;

/// <summary>The approval options as people read them: a label and what it means, for the forms that choose one.</summary>
public static class ApprovalOptions
{
    public static IReadOnlyList<(ApprovalOption Value, string Label, string Hint)> All { get; } =
    [
        (ApprovalOption.NamedSupervisor, "The supervisor the caseworker names", "Each request goes to one supervisor of the caseworker's office."),
        (ApprovalOption.CountyRepresentative, "The county's representatives", "Any representative of the request's county approves it."),
        (ApprovalOption.None, "No approval step", "A submitted request goes to the churches at once."),
    ];

    /// <summary>"requests are approved by the supervisor the caseworker names".</summary>
    public static string Describe(ApprovalOption? option) => option switch
    {
        ApprovalOption.NamedSupervisor => "requests are approved by the supervisor the caseworker names",
        ApprovalOption.CountyRepresentative => "requests are approved by the county's representatives",
        ApprovalOption.None => "requests open without an approval",
        _ => "no approval option is set",
    };
}

/// <summary>The approval choices' fieldset (_ApprovalChoices): what is chosen, the error beside it, its legend.</summary>
public sealed record ApprovalChoicesView(ApprovalOption? Chosen, string? Error, string Legend, bool LegendVisible);
