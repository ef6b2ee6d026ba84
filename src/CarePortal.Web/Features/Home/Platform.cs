using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The platform admin's work: church applications to decide (read through <see cref="ChurchReaders"/>), and the agencies on the platform.</summary>
public sealed class Platform(AppDbContext db) : IHomeSection
{
    public string View => "_Platform";

    public bool IsFor(ClaimsPrincipal user) => user.IsInRole(Roles.PlatformAdmin);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var applications = await db.Churches.AsNoTracking().Where(ChurchReaders.Of(viewer.User)).Where(c => c.Status == ChurchStatus.Applied)
            .OrderBy(c => c.Id).Take(20).Select(c => new { c.Organisation!.Name, c.Zip, c.CreatedAt }).ToListAsync(ct);
        var agencies = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Agency).OrderBy(o => o.Name)
            .Select(o => new { o.Name, Requests = db.Requests.Count(r => r.AgencyId == o.Id) }).ToListAsync(ct);
        var churches = await db.Churches.CountAsync(c => c.Status == ChurchStatus.Approved, ct);
        return new PlatformCard(
            [.. applications.Select(a => new Figure($"{a.Name} (ZIP {a.Zip}), applied {viewer.Day(a.CreatedAt)}", 0))],
            [.. agencies.Select(a => new Figure(a.Name, a.Requests))], churches);
    }
}

public sealed record PlatformCard(IReadOnlyList<Figure> Applications, IReadOnlyList<Figure> Agencies, int ApprovedChurches);
