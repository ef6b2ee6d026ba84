using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Home;

/// <summary>A home list of the writer's own requests: shown to request writers, left out when empty for all but caseworkers.</summary>
public abstract class WriterSection(AppDbContext db) : IHomeSection
{
    public string View => "_HomeList";

    protected AppDbContext Db { get; } = db;

    public bool IsFor(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public abstract Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct);

    /// <summary>The requests the viewer wrote, as far as they may read them.</summary>
    protected IQueryable<CareRequest> Mine(HomeViewer viewer)
    {
        var me = viewer.User.UserId();
        return RequestAccess.Readable(Db, viewer.User, viewer.Now).Where(r => r.CaseworkerId == me);
    }

    protected static HomeList Listed(HomeViewer viewer, HomeList list) => list with { HideWhenEmpty = !viewer.User.IsInRole(Roles.Caseworker) };
}
