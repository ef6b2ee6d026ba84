using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The point person (or a team leader) forwards an open request to chosen responders of the church, by email; a tier-2 request
/// only to those its agency approved (<see cref="ChurchAccess.ApprovedBy"/>), as it reaches no one else.
/// </summary>
public sealed class Forward(AppDbContext db, ChurchSide side, Outbox outbox, TimeProvider clock)
{
    public async Task<int> ForwardAsync(ClaimsPrincipal user, int id, ForwardInput input, CancellationToken ct)
    {
        var (request, _, _) = await side.OfAsync(user, id, ct);
        FieldChecks.ThrowIfInvalid(input);
        var churchId = await side.ChurchForAsync(user, request, input.ChurchId, ct);
        if (!await ChurchLeads.RunsAsync(db, user, churchId, ct))
        {
            throw RefusedException.Forbidden("Only the church's point person or a team leader forwards a request.");
        }

        if (request.State != RequestState.Open)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not open", $"A request that is {request.State.Phrase()} is not forwarded.");
        }

        var chosen = (input.UserIds ?? []).Distinct().ToList();
        var responders = await side.RespondersOf(churchId).ToListAsync(ct);
        if (chosen.Count == 0 || chosen.Any(u => !responders.Contains(u)))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["userIds"] = ["Choose one or more responders of your church."] });
        }

        if (request.Tier == 2)
        {
            var approved = await ChurchAccess.ApprovedBy(db, request.AgencyId, clock.GetUtcNow()).Where(u => chosen.Contains(u)).CountAsync(ct);
            if (approved < chosen.Count)
            {
                throw RefusedException.Invalid("userIds", "A relational (tier 2) request goes only to people the agency approved: choose approved responders.");
            }
        }

        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        var me = user.UserId();
        var from = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(ct);
        await outbox.ToPeopleAsync(chosen, new RequestForwardedEmail(id, church, from, request.Need, request.Urgency.ToString().ToLowerInvariant(), request.Description), id, digestible: false, ct);
        await db.SaveChangesAsync(ct);
        return chosen.Count;
    }

    /// <summary>The church's responders a request was forwarded to (its point person's and team leaders' view).</summary>
    public async Task<List<string>> ForwardedToAsync(int id, int churchId, CancellationToken ct)
    {
        var responders = side.RespondersOf(churchId);
        return await db.Notifications.AsNoTracking().Where(n => n.CareRequestId == id && n.Kind == "request-forwarded" && responders.Contains(n.RecipientId))
            .Join(db.Users, n => n.RecipientId, u => u.Id, (n, u) => u.DisplayName).Distinct().OrderBy(n => n).ToListAsync(ct);
    }
}

public sealed record ForwardInput(int? ChurchId,
    [property: MaxLength(ForwardInput.MaxResponders, ErrorMessage = "Forward to at most 100 responders at once.")] IReadOnlyList<string>? UserIds)
{
    public const int MaxResponders = 100;
}

public sealed record ForwardedView(int Responders);
