using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.Home;

/// <summary>First on the home of an agency's people while the platform has paused their agency: what they can and cannot do.</summary>
public sealed class AgencyPaused(AppDbContext db) : IHomeSection
{
    public string View => "_AgencyPaused";

    public bool IsFor(ClaimsPrincipal user) => Roles.AgencyRoles.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var places = Roles.AgencyRoles.SelectMany(viewer.User.OrganisationsWithRole).Distinct().ToList();
        return new PausedNotice([.. (await PausedAgencies.AmongAsync(db, places, ct)).Select(PausedAgencies.Sentence)]);
    }
}

public sealed record PausedNotice(IReadOnlyList<string> Sentences);
