using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches.Settings;

/// <summary>What the church admin pages share: which church they are about, and where a field's message goes.</summary>
public static class PointPersonChurch
{
    /// <summary>
    /// The church the page is about: the one named, else the person's first church as point person. Read through
    /// <see cref="ChurchReaders.ForPointPersonAsync"/>: a church the person may not read is 404, one they may read but not run 403.
    /// </summary>
    public static async Task<Church> ForAsync(AppDbContext db, ClaimsPrincipal user, int? id, CancellationToken ct, bool teamLeaderToo = false)
    {
        var churchId = id ?? await ChurchLeads.PointPersonOf(db, user).Order().FirstOrDefaultAsync(ct);
        return churchId == 0
            ? throw RefusedException.Forbidden("Only a church's point person (or a platform admin) runs a church's settings.")
            : await ChurchReaders.ForPointPersonAsync(db, user, churchId, ct, teamLeaderToo);
    }

    /// <summary>The ModelState key of an API field (<c>radiusMiles</c> → <c>RadiusMiles</c>), so its message sits beside its field.</summary>
    public static string Key(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
