using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's requests returned for changes, with the approver's note and a link to edit.</summary>
public sealed class Returned(AppDbContext db) : WriterSection(db)
{
    public override async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var rows = await Mine(viewer).AsNoTracking()
            .Where(r => r.State == RequestState.ReturnedForChanges)
            .OrderByDescending(r => r.Id).Take(10)
            .Select(r => new
            {
                r.Id,
                r.Need,
                Return = r.History.Where(t => t.Action == RequestAction.Return).OrderByDescending(t => t.Id).Select(t => new { t.Note, t.At }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return Listed(viewer, new HomeList("home-returned", "Returned to you for changes", "Nothing was returned to you.",
            [.. rows.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                r.Return is null ? "Returned: edit and submit again." : $"Returned {viewer.When(r.Return.At)}: edit and submit again.",
                $"/Requests/Edit/{r.Id}", r.Return?.Note))]));
    }
}
