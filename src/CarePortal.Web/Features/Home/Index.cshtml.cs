using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Home;

/// <summary>The home: for a signed-in person, the sections of their roles (<see cref="IHomeSection"/>); for anyone else, the way in.</summary>
[AllowAnonymous]
public sealed class IndexModel(IEnumerable<IHomeSection> sections, PersonTimeZone zones, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(string View, object Model)> Sections { get; private set; } = [];

    public string? Name { get; private set; }

    public string? ZoneName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var viewer = new HomeViewer(User, await zones.OfAsync(User, ct), clock.GetUtcNow());
        Name = User.FindFirst(MembershipClaimTypes.DisplayName)?.Value;
        ZoneName = Organisations.LocalTime.ZoneName(clock.GetUtcNow(), viewer.Zone);
        var shown = new List<(string, object)>();
        foreach (var section in sections.Where(s => s.IsFor(User)))
        {
            shown.Add((section.View, await section.LoadAsync(viewer, ct)));
        }

        Sections = shown;
    }
}
