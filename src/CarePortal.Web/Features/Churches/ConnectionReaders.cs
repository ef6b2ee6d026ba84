using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Who reads a connection, written once for every list of them: the people of its church (<see cref="ChurchAccess.ChurchIdsOf"/>),
/// and the agency's people and platform admins who read its request (<see cref="RequestAccess.AgencyReadable"/>). Another church
/// that met the same request reads only its own.
/// </summary>
public static class ConnectionReaders
{
    public static Expression<Func<Connection, bool>> Of(AppDbContext db, ClaimsPrincipal user)
    {
        var mine = ChurchAccess.ChurchIdsOf(db, user.UserId());
        var agency = RequestAccess.AgencyReadable(db, user).Select(r => r.Id);
        return c => mine.Contains(c.ChurchId) || agency.Contains(c.CareRequestId);
    }
}
