using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Champions;

/// <summary>Registering as a champion (anyone); <see cref="Champions.Register"/> does the work, as for the API.</summary>
[AllowAnonymous]
public sealed class RegisterModel(Register register) : PageModel, IShowsRefusals
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public ChampionKind? Kind { get; set; }

    [BindProperty]
    public string? Zip { get; set; }

    [BindProperty]
    public double? RadiusMiles { get; set; }

    [BindProperty]
    public string? ContactName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public bool Registered { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        await register.RunAsync(new ChampionInput(Name, Kind, Zip, RadiusMiles, ContactName, Email), ct);
        Registered = true;
    }

    /// <summary>The registration as typed stays on the page, with what to change.</summary>
    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return Task.FromResult<IActionResult>(Page());
    }

    public static string KindName(ChampionKind kind) => kind switch
    {
        ChampionKind.Individual => "An individual",
        ChampionKind.Business => "A business",
        ChampionKind.School => "A school",
        _ => "A civic group",
    };
}
