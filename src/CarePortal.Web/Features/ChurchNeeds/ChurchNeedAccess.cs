using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>What someone does with a church's own needs; each asked of <see cref="ChurchNeedAccess"/>, the one rule.</summary>
public enum ChurchNeedOperation
{
    /// <summary>List and read the church's needs (not the private note): the church's people.</summary>
    Read,

    /// <summary>Post a need for the church: its needs leaders and its point person.</summary>
    Post,

    /// <summary>Read a need's private note (recorded): the church's leaders (point person, needs leaders, team leaders).</summary>
    ReadNote,

    /// <summary>Say "I can help": the church's people, while the need is not met.</summary>
    Respond,

    /// <summary>Mark it met: the church's leaders and the people who said they help, while it is not met.</summary>
    MarkMet,
}

/// <summary>
/// Who may do what with a church's own needs, written once: the church's people are <see cref="ChurchAccess.ChurchIdsOf"/>'s
/// (the memberships, read every time, never the sign-in's claims), its leaders its needs leaders and who runs it (Churches'
/// <see cref="ChurchLeads"/>: its point person, the leaders of its teams). Another church, an agency, a platform admin learn
/// nothing of the need (404); one of the church's people without the right is refused (403).
/// The lists filter with <see cref="Readable"/>, the same rule in SQL.
/// </summary>
public sealed class ChurchNeedAccess(AppDbContext db)
{
    /// <summary>The needs the user reads: those of the churches they belong to.</summary>
    public IQueryable<ChurchNeed> Readable(ClaimsPrincipal user)
    {
        var mine = ChurchAccess.ChurchIdsOf(db, user.UserId());
        return db.Set<ChurchNeed>().Where(n => mine.Contains(n.ChurchId));
    }

    /// <summary>The need, tracked, if the user may do <paramref name="operation"/> with it; else 404 (not theirs) or 403/409.</summary>
    public async Task<ChurchNeed> AuthorizeAsync(ClaimsPrincipal user, int id, ChurchNeedOperation operation, CancellationToken ct)
    {
        var need = await Readable(user).SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw NoSuchNeed();
        if (operation is ChurchNeedOperation.Respond or ChurchNeedOperation.MarkMet && need.Met)
        {
            throw RefusedException.Conflict("Need met", "This need is met already: thank you.");
        }

        var allowed = operation switch
        {
            ChurchNeedOperation.Read or ChurchNeedOperation.Respond => true,
            ChurchNeedOperation.ReadNote => await LeadsAsync(user, need.ChurchId, ct),
            ChurchNeedOperation.MarkMet => await LeadsAsync(user, need.ChurchId, ct)
                || await db.Set<ChurchNeedResponse>().AnyAsync(r => r.ChurchNeedId == id && r.UserId == user.UserId(), ct),
            _ => false,
        };
        return allowed ? need : throw RefusedException.Forbidden(operation switch
        {
            ChurchNeedOperation.ReadNote => "Only the church's leaders read a need's private note.",
            _ => "Only the church's leaders, or someone who said they help, mark a need met.",
        });
    }

    /// <summary>The church, if the user may post its needs: one of its people who is its needs leader or point person.</summary>
    public async Task<int> AuthorizePostAsync(ClaimsPrincipal user, int churchId, CancellationToken ct)
    {
        await MemberAsync(user, churchId, ct);
        return await MayPostAsync(user, churchId, ct)
            ? churchId
            : throw RefusedException.Forbidden("Only the church's needs leader (or its point person) posts the church's needs.");
    }

    /// <summary>Refuses (404) anyone who is not one of the church's people.</summary>
    public async Task MemberAsync(ClaimsPrincipal user, int churchId, CancellationToken ct)
    {
        if (!await ChurchAccess.ChurchIdsOf(db, user.UserId()).AnyAsync(c => c == churchId, ct))
        {
            throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such church.");
        }
    }

    /// <summary>The church the pages show: the one asked for if the user is one of its people (else 404), or their first.</summary>
    public async Task<(int Id, string Name)> ChurchOfAsync(ClaimsPrincipal user, int? churchId, CancellationToken ct)
    {
        var mine = ChurchAccess.ChurchIdsOf(db, user.UserId());
        var church = await db.Organisations.Where(o => mine.Contains(o.Id) && (churchId == null || o.Id == churchId))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct);
        return church is null ? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such church.") : (church.Id, church.Name);
    }

    /// <summary>Whether the user may post the church's needs (for showing the link): the same rule, asked.</summary>
    public async Task<bool> MayPostAsync(ClaimsPrincipal user, int churchId, CancellationToken ct) =>
        await NeedsLeaderOf(user).ContainsAsync(churchId, ct) || await ChurchLeads.IsPointPersonAsync(db, user, churchId, ct);

    /// <summary>Whether the user leads the church: a needs leader, or who runs it (Churches' <see cref="ChurchLeads"/>: its point person, a leader of one of its teams).</summary>
    public async Task<bool> LeadsAsync(ClaimsPrincipal user, int churchId, CancellationToken ct) =>
        await NeedsLeaderOf(user).ContainsAsync(churchId, ct) || await ChurchLeads.RunsAsync(db, user, churchId, ct);

    /// <summary>The churches whose needs leader the user is now (the memberships of active accounts, as <see cref="ChurchLeads"/> reads them).</summary>
    private IQueryable<int> NeedsLeaderOf(ClaimsPrincipal user) => CurrentRoles.PlacesOf(db, user.UserId(), Roles.NeedsLeader);

    private static RefusedException NoSuchNeed() => RefusedException.NotFound("No such need.");
}
