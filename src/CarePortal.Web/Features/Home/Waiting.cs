using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's requests waiting for an approver, and since when.</summary>
public sealed class Waiting(AppDbContext db) : WriterSection(db)
{
    public override async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var rows = await Mine(viewer).AsNoTracking()
            .Where(r => r.State == RequestState.AwaitingApproval)
            .OrderBy(r => r.Id).Take(10).Select(r => new { r.Id, r.Need, r.SubmittedAt }).ToListAsync(ct);
        return Listed(viewer, new HomeList("home-waiting", "Waiting for approval", "None of your requests waits for approval.",
            [.. rows.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                r.SubmittedAt is { } at ? $"Submitted {viewer.When(at)}" : "Submitted", $"/Requests/Details/{r.Id}"))]));
    }
}
