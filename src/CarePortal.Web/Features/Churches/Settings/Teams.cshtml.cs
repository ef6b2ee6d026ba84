using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches.Settings;

/// <summary>The church's teams: add one, name its leader, and choose which requests its members hear of.</summary>
public sealed class TeamsModel(AppDbContext db, ListMembers members, CreateTeam create, NameTeamLeader leader, SetTeam setTeam) : PageModel, IShowsRefusals
{
    public ChurchView? Church { get; private set; }

    public ChurchMembersView? People { get; private set; }

    public Dictionary<int, TeamSetting> Settings { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The team a refused change was for, so its message shows there.</summary>
    public int? RefusedTeam { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        Church = ChurchView.From(church);
        People = await members.MembersAsync(User, church.Id, ct);
        var teamIds = People.Teams.Select(t => t.Id).ToList();
        Settings = await db.TeamSettings.AsNoTracking().Where(s => teamIds.Contains(s.TeamId)).ToDictionaryAsync(s => s.TeamId, ct);
        return Page();
    }

    public IEnumerable<MemberView> LeadersOf(int teamId) => People!.Members.Where(m => m.Roles.Any(r => r.Role == Roles.TeamLeader && r.TeamId == teamId));

    public int MembersOf(int teamId) => People!.Members.Count(m => m.Roles.Any(r => r.TeamId == teamId));

    public async Task<IActionResult> OnPostCreateAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        var team = await create.CreateAsync(User, church.Id, new TeamInput(Name), ct);
        return this.ConfirmAndRedirect($"Added the team {team.Name}. Name its leader below.", routeValues: new { id = church.Id });
    }

    public async Task<IActionResult> OnPostLeaderAsync(int? id, int teamId, string? userId, CancellationToken ct)
    {
        RefusedTeam = teamId;
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        await leader.NameAsync(User, church.Id, teamId, new TeamLeaderInput(userId), ct);
        return this.ConfirmAndRedirect("Saved the team's leader.", routeValues: new { id = church.Id });
    }

    public async Task<IActionResult> OnPostSettingsAsync(int? id, int teamId, bool membersGetRequests, List<string> needs, CancellationToken ct)
    {
        RefusedTeam = teamId;
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        await setTeam.SetTeamAsync(User, church.Id, teamId, new TeamSettingInput(membersGetRequests, needs), ct);
        return this.ConfirmAndRedirect(membersGetRequests ? "Saved: the team's members hear of new requests by email." : "Saved: only the team's leader hears of new requests.",
            routeValues: new { id = church.Id });
    }

    public string FieldKey(string field) => PointPersonChurch.Key(field);

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(RouteData.Values.TryGetValue("id", out var id) && id is not null ? this.RouteId() : null, cancellationToken);
    }
}
