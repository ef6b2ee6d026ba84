using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Who reads a church, written once for the list and for each church: an approved church, everyone signed in; an application
/// (applied, or declined) only the platform admins who decide on it and the person who applied. Anyone else learns nothing of
/// an application (404).
/// </summary>
public static class ChurchReaders
{
    public static Expression<Func<Church, bool>> Of(ClaimsPrincipal user)
    {
        var platform = user.IsInRole(Roles.PlatformAdmin);
        var me = user.UserId();
        return c => platform || c.Status == ChurchStatus.Approved || c.PointPersonId == me;
    }
}
