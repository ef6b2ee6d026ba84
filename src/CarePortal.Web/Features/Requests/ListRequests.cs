using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>One page of the requests the reader may read (<see cref="RequestAccess"/>), searched, filtered and sorted.</summary>
public sealed class ListRequests(AppDbContext db, TimeProvider clock)
{
    public async Task<RequestListPage> RunAsync(ClaimsPrincipal user, RequestListQuery query, TimeZoneInfo zone, CancellationToken ct)
    {
        var visible = RequestAccess.Readable(db, user, clock.GetUtcNow()).AsNoTracking();
        var officeIds = await visible.Where(r => r.OfficeId != null).Select(r => r.OfficeId!.Value).Distinct().ToListAsync(ct);
        var offices = await db.Organisations.AsNoTracking().Where(o => officeIds.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new OfficeOption(o.Id, o.Name)).ToListAsync(ct);

        var rows = Filter(visible, query, zone);
        var total = await rows.CountAsync(ct);
        var sorted = query.Sort switch
        {
            RequestSort.Oldest => rows.OrderBy(r => r.Id),
            RequestSort.Urgency => rows.OrderBy(r => r.Urgency).ThenByDescending(r => r.Id),
            RequestSort.Due => rows.OrderBy(r => r.DueAt == null).ThenBy(r => r.DueAt).ThenByDescending(r => r.Id),
            _ => rows.OrderByDescending(r => r.Id),
        };
        var page = await sorted.Skip((query.Page - 1) * RequestListQuery.PageSize).Take(RequestListQuery.PageSize)
            .Select(r => new RequestListRow(r.Id, r.Need, r.State, r.Urgency, r.Description, r.CreatedAt, r.SubmittedAt, r.DueAt, r.OfficeId))
            .ToListAsync(ct);
        return new RequestListPage(page, total, offices);
    }

    private static IQueryable<CareRequest> Filter(IQueryable<CareRequest> rows, RequestListQuery query, TimeZoneInfo zone)
    {
        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var lower = search.ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overload has no SQL translation; lower() LIKE is the same on SQLite and PostgreSQL.
            rows = int.TryParse(search.TrimStart('#'), out var id)
                ? rows.Where(r => r.Id == id || r.Description.ToLower().Contains(lower))
                : rows.Where(r => r.Description.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        if (query.State is { } state)
        {
            rows = rows.Where(r => r.State == state);
        }

        if (query.Need is { Length: > 0 } need)
        {
            rows = rows.Where(r => r.Need == need);
        }

        if (query.Urgency is { } urgency)
        {
            rows = rows.Where(r => r.Urgency == urgency);
        }

        if (query.Office is { } office)
        {
            rows = rows.Where(r => r.OfficeId == office);
        }

        if (query.From is { } from)
        {
            var start = LocalTime.StartOfDay(from, zone);
            rows = rows.Where(r => r.CreatedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = LocalTime.StartOfDay(to.AddDays(1), zone);
            rows = rows.Where(r => r.CreatedAt < end);
        }

        return rows;
    }

}

public sealed record RequestListRow(int Id, string Need, RequestState State, Urgency Urgency, string Description,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, int? OfficeId);

public sealed record OfficeOption(int Id, string Name);

public sealed record RequestListPage(IReadOnlyList<RequestListRow> Rows, int Total, IReadOnlyList<OfficeOption> Offices)
{
    public int Pages => Math.Max(1, (Total + RequestListQuery.PageSize - 1) / RequestListQuery.PageSize);
}
