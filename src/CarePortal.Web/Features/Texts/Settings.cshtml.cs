using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// A person's text messages, reached from their email preferences: their number proved by a code (<see cref="SendTextCode"/>,
/// <see cref="VerifyTextNumber"/>), then on or off, their language and their quiet hours (<see cref="SaveTextSettings"/>).
/// </summary>
public sealed class SettingsModel(AppDbContext db, SendTextCode send, VerifyTextNumber verify, SaveTextSettings save, PersonTimeZone zones,
    IOptions<TextOptions> options) : PageModel, IShowsRefusals
{
    public TextSubscription? Person { get; private set; }

    public string Zone { get; private set; } = "UTC";

    public int DailyCap => options.Value.DailyCap;

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public bool On { get; set; }

    [BindProperty]
    public string? QuietFrom { get; set; }

    [BindProperty]
    public string? QuietTo { get; set; }

    public string Display(string e164) => MobileNumbers.Display(e164, options.Value.HomeRegion);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken ct)
    {
        await send.RunAsync(User.UserId(), Phone, Language, ct);
        return this.ConfirmAndRedirect("A code is on its way by text message. Type it below to start your texts.");
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var phone = await verify.RunAsync(User.UserId(), Code, (await zones.OfAsync(User, ct)).Id, ct);
        return this.ConfirmAndRedirect($"Your number {Display(phone)} is verified: notices now come by text message as well as by email.");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await save.RunAsync(User.UserId(), new TextSettingsInput(On, Language, QuietFrom, QuietTo), (await zones.OfAsync(User, ct)).Id, ct);
        return this.ConfirmAndRedirect(On ? "Saved: your texts are on." : "Saved: your texts are off. Your notices still come by email.");
    }

    public async Task<IActionResult> OnPostForgetAsync(CancellationToken ct)
    {
        await save.ForgetAsync(User.UserId(), ct);
        return this.ConfirmAndRedirect("Your number is forgotten: no more texts. Your notices still come by email.");
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        await LoadAsync(cancellationToken, keepInput: true);
        return Page();
    }

    string IShowsRefusals.FieldKey(string field) => char.ToUpperInvariant(field[0]) + field[1..];

    private async Task LoadAsync(CancellationToken ct, bool keepInput = false)
    {
        var me = User.UserId();
        Person = await db.Set<TextSubscription>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == me, ct);
        Zone = Person?.TimeZone ?? (await zones.OfAsync(User, ct)).Id;
        if (keepInput)
        {
            return;
        }

        Language = Person?.Language ?? "en";
        On = Person?.On ?? false;
        QuietFrom = (Person is null ? options.Value.DefaultQuietFrom : Person.QuietFrom)?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        QuietTo = (Person is null ? options.Value.DefaultQuietTo : Person.QuietTo)?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Phone = Person?.PendingPhone is { } pending ? Display(pending) : null;
    }
}
