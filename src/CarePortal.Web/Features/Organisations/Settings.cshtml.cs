using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>The agency admin's settings page: the agency's time zone (and policies).</summary>
public sealed class SettingsModel(AgencySettings agencies, IAgencyAdmins admins, AppDbContext db) : PageModel, IShowsRefusals
{
    /// <summary>Every IANA zone this machine knows, for the field's suggestions.</summary>
    public static IReadOnlyList<string> Zones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];

    public AgencySettingsView? Agency { get; private set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty]
    public CoworkerReadPolicy? CoworkerReadPolicy { get; set; }

    [BindProperty]
    public int? FirstRequests { get; set; }

    public string? Saved { get; private set; }

    /// <summary>The first message for a field (as the API names it), beside that field.</summary>
    public string? ErrorFor(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var mine = admins.AgenciesOf(User);
        var agencyId = id ?? (mine.Count > 0 ? mine[0] : 0);
        if (agencyId == 0 || !await db.Organisations.AnyAsync(o => o.Id == agencyId && o.Kind == OrganisationKind.Agency, cancellationToken))
        {
            return NotFound();
        }

        Agency = await agencies.ReadAsync(User, agencyId, cancellationToken);

        TimeZone ??= Agency.TimeZone;
        CoworkerReadPolicy ??= Agency.CoworkerReadPolicy;
        FirstRequests ??= Agency.CoworkerReadFirstRequests;
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
