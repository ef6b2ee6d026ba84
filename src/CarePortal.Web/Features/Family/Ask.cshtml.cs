using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using CarePortal.Web.Features.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The caseworker's page to ask the family (<see cref="AskFamily"/>): consent, text or email, English or Spanish. The family's
/// number or address shows only when asked for, recorded with the private-detail reads (<c>family-contact</c>).
/// </summary>
public sealed class AskModel(RequestStore requests, FamilyOnRequest family, AskFamily ask, AppDbContext db, PrivateReadLog reads, IOptions<TextOptions> texts)
    : PageModel, IShowsRefusals
{
    public FamilyView View { get; private set; } = null!;

    public string Need { get; private set; } = "";

    /// <summary>The kept number or address, once asked for (and recorded).</summary>
    public string? Contact { get; private set; }

    [BindProperty]
    public FamilyAskForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnGetContactAsync(int id, CancellationToken ct)
    {
        var request = await requests.LoadAsync(id, ct);
        await requests.AuthorizePrivateAsync(User, request, ct);
        reads.ThrowIfFromAnotherSite();
        var kept = await db.Set<FamilyContact>().AsNoTracking().SingleOrDefaultAsync(c => c.CareRequestId == id, ct);
        if (kept is { Phone: not null } or { Email: not null })
        {
            Contact = kept.Phone is { } phone ? MobileNumbers.Display(phone, texts.Value.HomeRegion) : kept.Email;
            await reads.RecordAsync(id, User.UserId(), "family-contact", ct);
        }

        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var sent = await ask.RunAsync(User, id, Form.ToInput(), ct);
        TempData.Confirm($"The link is on its way to the family by {(sent.Channel == "text" ? "text message" : "email")}. Their answers will show here.");
        return Redirect($"/Requests/Details/{id}#family");
    }

    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return ShowAsync(this.RouteId(), cancellationToken);
    }

    string IShowsRefusals.FieldKey(string field) => "Form." + char.ToUpperInvariant(field[0]) + field[1..];

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var request = await requests.LoadAsync(User, id, RequestOperation.Close, ct);
        Need = request.Need;
        View = await family.ReadAsync(request, ct);
        return Page();
    }
}

/// <summary>The ask form as posted; a blank field is absent.</summary>
public sealed class FamilyAskForm
{
    public bool Consent { get; set; }

    public string? Channel { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Language { get; set; } = "en";

    public FamilyAskInput ToInput() => new(Consent, Channel, Phone, Email, Language);
}
