using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's drafts, newest first, each a link to go on writing.</summary>
public sealed class Drafts(AppDbContext db) : WriterSection(db)
{
    public override async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var rows = await Mine(viewer).AsNoTracking()
            .Where(r => r.State == RequestState.Draft)
            .OrderByDescending(r => r.Id).Take(5).Select(r => new { r.Id, r.Need, r.CreatedAt }).ToListAsync(ct);
        return Listed(viewer, new HomeList("home-drafts", "Your drafts", "No drafts.",
            [.. rows.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need), $"Started {viewer.Day(r.CreatedAt)}", $"/Requests/Edit/{r.Id}"))],
            "/Requests/Create", "Write a request"));
    }
}
