using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person's church settings and responders; the platform admin's applications and church list.</summary>
public sealed class IndexModel(AppDbContext db, Decide decide, ChangeSettings settings, InviteResponder invite, RemoveResponder remove, ListResponders responders) : PageModel, IShowsRefusals
{
    public IReadOnlyList<ChurchView> Applications { get; private set; } = [];

    public IReadOnlyList<ChurchView> Mine { get; private set; } = [];

    public IReadOnlyList<ChurchView> All { get; private set; } = [];

    public Dictionary<int, List<ResponderView>> Responders { get; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostDecideAsync(int id, bool approve, CancellationToken ct) => DoAsync(() => decide.DecideAsync(User, id, approve, ct), ct);

    public Task<IActionResult> OnPostSettingsAsync(int id, string? zip, double? radiusMiles, List<string> needs, bool paused, CancellationToken ct) =>
        DoAsync(() => settings.SetAsync(User, id, new ChurchSettingsInput(zip, radiusMiles, needs, paused), ct), ct);

    public Task<IActionResult> OnPostInviteAsync(int id, string? responderName, string? responderEmail, CancellationToken ct) =>
        DoAsync(() => invite.InviteAsync(User, id, new ResponderInput(responderEmail, responderName), ct), ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, string userId, CancellationToken ct) => DoAsync(() => remove.RemoveResponderAsync(User, id, userId, ct), ct);

    private async Task<IActionResult> DoAsync(Func<Task> action, CancellationToken ct)
    {
        await action();
        return RedirectToPage();
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var platform = User.IsInRole(Roles.PlatformAdmin);
        var mine = User.OrganisationsWithRole(Roles.ChurchPointPerson);
        var rows = await db.Churches.AsNoTracking().Include(c => c.Organisation)
            .Where(c => platform || mine.Contains(c.Id)).OrderBy(c => c.Organisation!.Name).Take(1000).ToListAsync(ct);
        var views = rows.Select(ChurchView.From).ToList();
        Applications = platform ? [.. views.Where(c => c.Status == ChurchStatus.Applied)] : [];
        All = platform ? [.. views.Where(c => c.Status == ChurchStatus.Approved)] : [];
        Mine = [.. views.Where(c => mine.Contains(c.Id))];
        foreach (var church in Mine)
        {
            Responders[church.Id] = await responders.RespondersAsync(User, church.Id, ct);
        }
    }
}
