using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// The point person names one of the church's people a needs leader (who posts the needs the church knows of), or takes the
/// role back. A church may have several; each is one of its people already (invite them first).
/// </summary>
public sealed class NameNeedsLeader(AppDbContext db, AdminAudit audit)
{
    public async Task RunAsync(ClaimsPrincipal user, int churchId, NeedsLeaderInput input, bool leads, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, churchId, ct);
        // Named: one of the church's people now (an active account: ChurchAccess.ChurchIdsOf); taken back: whoever holds the role.
        var person = string.IsNullOrEmpty(input.UserId) || (leads && !await ChurchAccess.ChurchIdsOf(db, input.UserId).AnyAsync(c => c == churchId, ct))
            ? null
            : await db.Users.SingleOrDefaultAsync(u => u.Id == input.UserId, ct);
        if (person is null)
        {
            throw RefusedException.Invalid("userId", "Choose the needs leader from your church's people (invite them first if they are not listed).");
        }

        var held = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == person.Id && m.OrganisationId == churchId && m.Role == Roles.NeedsLeader, ct);
        if (leads && held is null)
        {
            db.Memberships.Add(new Membership { UserId = person.Id, OrganisationId = churchId, Role = Roles.NeedsLeader });
            audit.Record(user, "needs-leader-named", $"Named {person.DisplayName} a needs leader of {church.Organisation!.Name}.", churchId, person.Id);
        }
        else if (!leads && held is not null)
        {
            db.Memberships.Remove(held);
            audit.Record(user, "needs-leader-removed", $"{person.DisplayName} is no longer a needs leader of {church.Organisation!.Name}.", churchId, person.Id);
        }

        await db.SaveChangesAsync(ct);
    }
}

public sealed record NeedsLeaderInput(string? UserId);
