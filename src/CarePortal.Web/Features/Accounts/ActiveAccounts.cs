using System.Linq.Expressions;
using CarePortal.Web.Data;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Who still counts: an account an agency admin deactivated (locked for good, <see cref="DeactivatedUntil"/>) is no approver,
/// no coworker to ask and no one to notify, though its roles stay on record; reactivating clears the lock.
/// </summary>
public static class ActiveAccounts
{
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    public static IQueryable<AppUser> Users(AppDbContext db) => db.Users.Where(u => u.LockoutEnd == null);

    /// <summary>The roles of active accounts only.</summary>
    public static IQueryable<Membership> Memberships(AppDbContext db) => db.Memberships.Where(m => m.User!.LockoutEnd == null);

    /// <summary>
    /// The roles of one person while their account is active: <see cref="Memberships"/> as an expression, for a rule a compiled
    /// query takes in whole (<see cref="Splice"/>: <c>ChurchAccess.ChurchesOf</c>).
    /// </summary>
    public static readonly Expression<Func<AppDbContext, string, IQueryable<Membership>>> MembershipsOf = (db, userId) =>
        db.Memberships.Where(m => m.UserId == userId && m.User!.LockoutEnd == null);

    public static bool IsDeactivated(AppUser user) => user.LockoutEnd is not null;
}
