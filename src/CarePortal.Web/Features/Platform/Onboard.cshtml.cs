using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Platform;

/// <summary>The platform admin's guided form that onboards an agency (<see cref="OnboardAgency"/> does the work, as for the API).</summary>
public sealed class OnboardModel(OnboardAgency onboard) : PageModel, IShowsRefusals
{
    private const int FirstRows = 4;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty]
    public ApprovalOption? ApprovalOption { get; set; }

    [BindProperty]
    public List<OfficeRow> Offices { get; set; } = [];

    [BindProperty]
    public string? AdminName { get; set; }

    [BindProperty]
    public string? AdminEmail { get; set; }

    public OnboardedAgency? Done { get; private set; }

    public static IReadOnlyList<string> Zones => SettingsModel.Zones;

    public IActionResult OnGet()
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        Pad();
        return Page();
    }

    /// <summary>One more blank row, the form kept as typed; nothing is checked or saved.</summary>
    public IActionResult OnPostAddRow()
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        ModelState.Clear();
        if (Offices.Count < OfficeRow.MaxRows)
        {
            Offices.Add(new OfficeRow(Offices.LastOrDefault()?.Region, null, null, null));
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        Done = await onboard.OnboardAsync(User, new AgencyInput(Name, TimeZone, ApprovalOption, Offices, AdminName, AdminEmail), ct);
        return Page();
    }

    /// <summary>The form as typed, each problem beside its field (400: nothing was made).</summary>
    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        Pad();
        return Task.FromResult<IActionResult>(Page());
    }

    private void Pad()
    {
        while (Offices.Count < FirstRows)
        {
            Offices.Add(new OfficeRow(null, null, null, null));
        }
    }
}
