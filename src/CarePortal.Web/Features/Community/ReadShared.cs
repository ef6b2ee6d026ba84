using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>
/// The public page's view of a request, for anyone with its link: the need, the urgency, the county and the public
/// description, nothing else (no ZIP, no items' givers, no names, no private details). Gone (404) once the request is not open.
/// </summary>
public sealed class ReadShared(AppDbContext db)
{
    public async Task<SharedRequestView> RunAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 32)
        {
            throw RefusedException.NotFound("No such shared request.");
        }

        var found = await db.Set<PublicLink>().AsNoTracking().Where(l => l.Token == token)
            .Join(db.Requests.Where(r => r.State == RequestState.Open), l => l.CareRequestId, r => r.Id, (l, r) => new
            {
                r.Need,
                r.Urgency,
                r.Description,
                County = db.Organisations.Where(o => o.Id == r.CountyId).Select(o => o.Name).FirstOrDefault(),
            }).SingleOrDefaultAsync(ct);
        return found is null
            ? throw RefusedException.NotFound("This request is no longer open: thank you for caring.")
            : new SharedRequestView(found.Need, found.Urgency, found.County ?? "", found.Description);
    }
}

/// <summary>The public part of a request, as its public page shows it: a view type with no field that could carry more.</summary>
public sealed record SharedRequestView(string Need, Urgency Urgency, string County, string Description);
