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

    /// <summary>
    /// The connections whose follow-up questions (30, 90, 180 days) the person reads: the agency's side of this rule alone, those
    /// of requests they read as the agency's person or a platform admin. The church that made the connection learns nothing of
    /// them (404); <see cref="FollowUpAnswers"/> leaves the answering to the request's agency staff (403 for a platform admin).
    /// </summary>
    public static Expression<Func<Connection, bool>> FollowUpsOf(AppDbContext db, ClaimsPrincipal user)
    {
        var agency = RequestAccess.AgencyReadable(db, user).Select(r => r.Id);
        return c => agency.Contains(c.CareRequestId);
    }
}
