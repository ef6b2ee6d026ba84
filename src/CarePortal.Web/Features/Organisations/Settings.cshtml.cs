using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// The agency's settings in one place, for its agency admin (or a platform admin): time zone, approval option, training
/// before the first request, coworker reads, offices and counties, and the reviewer's glossary additions and need templates.
/// Each section saves alone; a refused value is said beside its field (400) and nothing of that section is saved.
/// </summary>
public sealed class SettingsModel(AgencySettings agencies, IAgencyAdmins admins, IAgencyTrainingRule training, AgencyStructure structure,
    AddOffices addOffices, SetReviewData reviewData, AgencyReviewers reviewers, AppDbContext db) : PageModel, IShowsRefusals
{
    /// <summary>Every IANA zone this machine knows, for the field's suggestions.</summary>
    public static IReadOnlyList<string> Zones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];

    public AgencySettingsView? Agency { get; private set; }

    public IReadOnlyList<Organisation> Structure { get; private set; } = [];

    [BindProperty] public string? TimeZone { get; set; }

    [BindProperty] public CoworkerReadPolicy? CoworkerReadPolicy { get; set; }

    [BindProperty] public int? FirstRequests { get; set; }

    [BindProperty] public ApprovalOption? ApprovalOption { get; set; }

    [BindProperty] public bool? TrainingRequired { get; set; }

    [BindProperty] public string? ContactName { get; set; }

    [BindProperty] public string? ContactEmail { get; set; }

    [BindProperty] public List<OfficeRow> Offices { get; set; } = [];

    /// <summary>The county or office being renamed or removed, and its new name.</summary>
    [BindProperty] public int? PlaceId { get; set; }

    [BindProperty] public string? PlaceName { get; set; }

    [BindProperty] public string? Glossary { get; set; }

    [BindProperty] public string? NeedTemplates { get; set; }

    [BindProperty] public string? Sample { get; set; }

    [BindProperty] public string? Need { get; set; }

    public ReviewResult? Preview { get; private set; }

    /// <summary>The needs the preview can judge: the reviewer's, with the templates as typed (or as saved, when those are refused).</summary>
    public IReadOnlyList<string> Needs { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var (agencyId, _) = await AdministeredAgency.OpenAsync(db, admins, User, id, AgencySettings.OnlyAdmins, cancellationToken);
        Agency = await agencies.ReadAsync(User, agencyId, cancellationToken);
        Structure = await structure.UnderAsync(agencyId, cancellationToken);
        TimeZone ??= Agency.TimeZone;
        CoworkerReadPolicy ??= Agency.CoworkerReadPolicy;
        FirstRequests ??= Agency.CoworkerReadFirstRequests;
        ApprovalOption ??= Agency.ApprovalOption;
        TrainingRequired ??= await training.RequiredAsync(agencyId, cancellationToken);
        ContactName ??= Agency.InformationContactName;
        ContactEmail ??= Agency.InformationContactEmail;
        Glossary ??= Agency.Glossary;
        NeedTemplates ??= Agency.NeedTemplates;
        Needs = [.. NeedsReviewed().Order(StringComparer.Ordinal)];
        if (Offices.Count == 0)
        {
            Offices.Add(new OfficeRow(null, null, null, null));
        }

        return Page();
    }

    public Task<IActionResult> OnPostCoworkerReadAsync(int id, CancellationToken cancellationToken) =>
        SaveAsync(id, () => agencies.SetCoworkerReadPolicyAsync(User, id, CoworkerReadPolicy, FirstRequests, cancellationToken), saved => saved.CoworkerReadPolicy switch
        {
            Organisations.CoworkerReadPolicy.Off => "Saved: no coworker read is asked before submitting.",
            Organisations.CoworkerReadPolicy.All => "Saved: every request needs a coworker's read before it is submitted.",
            _ => $"Saved: a new caseworker's first {saved.CoworkerReadFirstRequests} requests need a coworker's read.",
        }, cancellationToken);

    public Task<IActionResult> OnPostTimeZoneAsync(int id, CancellationToken cancellationToken) =>
        SaveAsync(id, () => agencies.SetTimeZoneAsync(User, id, TimeZone, cancellationToken), saved => saved.TimeZone is null
            ? "Saved: business days are counted in Coordinated Universal Time."
            : $"Saved: business days are counted in {saved.TimeZone}.", cancellationToken);

    public Task<IActionResult> OnPostApprovalAsync(int id, CancellationToken cancellationToken) =>
        SaveAsync(id, () => agencies.SetApprovalOptionAsync(User, id, ApprovalOption, cancellationToken),
            saved => $"Saved: {ApprovalOptions.Describe(saved.ApprovalOption)}.", cancellationToken);

    public Task<IActionResult> OnPostTrainingAsync(int id, CancellationToken cancellationToken) =>
        SaveAsync(id, () => agencies.SetTrainingRequiredAsync(User, id, TrainingRequired == true, cancellationToken), _ => TrainingRequired == true
            ? "Saved: caseworkers complete the training before their first request."
            : "Saved: the training is not required before a first request.", cancellationToken);

    public Task<IActionResult> OnPostInformationContactAsync(int id, [FromServices] SetInformationContact contact, CancellationToken cancellationToken) =>
        SaveAsync(id, () => contact.RunAsync(User, id, new InformationContactInput(ContactName, ContactEmail), cancellationToken), saved => saved.InformationContactEmail is null
            ? "Saved: your agency has no information contact; tier-3 requests cannot be submitted until it has one."
            : $"Saved: tier-3 requests go to {saved.InformationContactName} ({saved.InformationContactEmail}).", cancellationToken);

    public async Task<IActionResult> OnPostOfficesAsync(int id, CancellationToken cancellationToken)
    {
        var made = await addOffices.AddAsync(User, id, Offices, cancellationToken);
        Saved = $"Saved: {made.Regions} region(s), {made.Counties} county(ies) and {made.Offices} office(s) added.";
        Offices = [];
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRenamePlaceAsync(int id, [FromServices] RenamePlace rename, CancellationToken cancellationToken)
    {
        Saved = await rename.RunAsync(User, id, PlaceId ?? 0, PlaceName, cancellationToken);
        PlaceName = null;
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemovePlaceAsync(int id, [FromServices] RemovePlace remove, CancellationToken cancellationToken)
    {
        Saved = await remove.RunAsync(User, id, PlaceId ?? 0, cancellationToken);
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostGlossaryAsync(int id, CancellationToken cancellationToken)
    {
        await reviewData.SetAsync(User, id, ReviewData.Glossary, Glossary, cancellationToken);
        Saved = string.IsNullOrWhiteSpace(Glossary) ? "Saved: the reviewer uses its own glossary alone." : "Saved: the reviewer adds your glossary to its own.";
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostNeedTemplatesAsync(int id, CancellationToken cancellationToken)
    {
        await reviewData.SetAsync(User, id, ReviewData.NeedTemplates, NeedTemplates, cancellationToken);
        Saved = string.IsNullOrWhiteSpace(NeedTemplates) ? "Saved: the reviewer uses its own need templates alone." : "Saved: the reviewer uses your need templates.";
        return await OnGetAsync(id, cancellationToken);
    }

    /// <summary>How the reviewer judges the sample with the glossary and templates as typed: nothing is saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken)
    {
        await agencies.ReadAsync(User, id, cancellationToken);
        Preview = reviewData.Preview(Glossary, NeedTemplates, Sample, Need);
        return await OnGetAsync(id, cancellationToken);
    }

    private IReadOnlyCollection<string> NeedsReviewed()
    {
        try
        {
            return reviewers.For(Blank(Glossary), Blank(NeedTemplates)).Needs;
        }
        catch (ArgumentException)
        {
            return reviewers.For(Agency!.Glossary, Agency.NeedTemplates).Needs;
        }
    }

    private static string? Blank(string? json) => string.IsNullOrWhiteSpace(json) ? null : json.Trim();

    /// <summary>Saves one setting; a refused value shows its field's message on the page (400), nothing saved.</summary>
    private async Task<IActionResult> SaveAsync(
        int id, Func<Task<AgencySettingsView>> save, Func<AgencySettingsView, string> savedMessage, CancellationToken cancellationToken)
    {
        Agency = await save();
        Saved = savedMessage(Agency);
        return await OnGetAsync(id, cancellationToken);
    }

    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return OnGetAsync(this.RouteId(), cancellationToken);
    }
}
