using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Churches;

/// <summary>A church's own application (anonymous); <see cref="Churches.Apply"/> does the work, as for the API.</summary>
[AllowAnonymous]
public sealed class ApplyModel(Apply apply) : PageModel, IShowsRefusals
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Zip { get; set; }

    [BindProperty]
    public double? RadiusMiles { get; set; }

    [BindProperty]
    public List<string> Needs { get; set; } = [];

    [BindProperty]
    public string? PointPersonName { get; set; }

    [BindProperty]
    public string? PointPersonEmail { get; set; }

    public string? AppliedName { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var church = await apply.ApplyAsync(new ChurchInput(Name, Zip, RadiusMiles, Needs, PointPersonEmail, PointPersonName), ct);
        AppliedName = church.Organisation!.Name;
    }

    /// <summary>The application as typed stays on the page, with what to change.</summary>
    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken) => Task.FromResult<IActionResult>(Page());
}
