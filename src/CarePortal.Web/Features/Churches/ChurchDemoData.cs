using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>Outside production, gives each demo church organisation its church settings (its ZIP, every need), once.</summary>
public sealed class ChurchDemoData(IServiceScopeFactory scopes, IHostEnvironment environment, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction())
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bare = await db.Organisations.Where(o => o.Kind == OrganisationKind.Church && o.Zip != null && !db.Churches.Any(c => c.Id == o.Id))
            .Select(o => new
            {
                o.Id,
                o.Zip,
                PointPerson = db.Memberships.Where(m => m.OrganisationId == o.Id && m.Role == Roles.ChurchPointPerson).Select(m => m.UserId).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        foreach (var church in bare)
        {
            if (church.PointPerson is null || !ZipCentroids.TryGet(church.Zip, out var point))
            {
                continue;
            }

            db.Churches.Add(new Church
            {
                Id = church.Id,
                Zip = church.Zip!,
                Latitude = point.Latitude,
                Longitude = point.Longitude,
                NeedsServed = Needs.All,
                Status = ChurchStatus.Approved,
                Active = true,
                PointPersonId = church.PointPerson,
                CreatedAt = clock.GetUtcNow(),
            });
        }

        if (bare.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node seeded them at the same moment.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
