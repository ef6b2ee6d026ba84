using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person writes what the church's profile says of it: a few sentences, shown to the people of CarePortal.</summary>
public sealed class ChangeProfile(AppDbContext db, AdminAudit audit)
{
    public async Task<Church> SetAsync(ClaimsPrincipal user, int id, ProfileInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        var errors = new Dictionary<string, string[]>();
        var about = ChurchText.Checked(input.About, "about", "what your church says of itself", ChurchText.MaxAbout, lines: true, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        church.About = about;
        audit.Record(user, "church-profile-changed", $"Changed the profile of {church.Organisation!.Name}.", id);
        await db.SaveChangesAsync(ct);
        return church;
    }
}

public sealed record ProfileInput(string? About);
