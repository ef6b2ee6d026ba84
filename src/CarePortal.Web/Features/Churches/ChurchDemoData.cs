using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Outside production (or in it with Demo:Seed, the loopback deployment and load test), gives each demo church organisation its church settings (its ZIP, every need), once; then sends the
/// demo's open requests to their nearest churches (so the churches' feeds have requests) and adds a response and messages.
/// </summary>
public sealed class ChurchDemoData(IServiceScopeFactory scopes, IHostEnvironment environment, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The same rule as the demo people (Demo/DemoData.cs): without the churches the load test's feed would always be empty.
        if (environment.IsProduction() && !configuration.GetValue("Demo:Seed", false))
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
                return;
            }

            await RouteAndAnswerAsync(scope.ServiceProvider, db, cancellationToken);
        }
    }

    /// <summary>Routes the demo's open requests as opening does, then one church helps with the school supplies and another asks about the bed.</summary>
    private async Task RouteAndAnswerAsync(IServiceProvider services, AppDbContext db, CancellationToken ct)
    {
        var router = services.GetRequiredService<ChurchRouter>();
        var open = await db.Requests.Include(r => r.Items).Where(r => r.State == RequestState.Open && !db.RequestRoutings.Any(x => x.CareRequestId == r.Id))
            .OrderBy(r => r.Id).ToListAsync(ct);
        foreach (var request in open)
        {
            await router.OpenedAsync(request, ct);
        }

        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var request in open)
        {
            var nearest = await db.RequestRecipients.Where(r => r.CareRequestId == request.Id).OrderBy(r => r.Miles).ThenBy(r => r.ChurchId)
                .Select(r => new { r.ChurchId, PointPerson = db.Churches.Where(c => c.Id == r.ChurchId).Select(c => c.PointPersonId).Single() })
                .ToListAsync(ct);
            if (request.Need == "school-supplies" && nearest.Count > 0)
            {
                // The nearest church meets the need: its response, the item claimed, a message each way.
                var church = nearest[0];
                db.ChurchResponses.Add(new ChurchResponse { CareRequestId = request.Id, ChurchId = church.ChurchId, UserId = church.PointPerson, Message = "Our youth group would love to fill a backpack for him.", At = now.AddHours(-20) });
                db.ItemClaims.AddRange(request.Items.Select(i => new ItemClaim { RequestItemId = i.Id, CareRequestId = request.Id, ChurchId = church.ChurchId, UserId = church.PointPerson, Quantity = i.Quantity, At = now.AddHours(-20) }));
                db.RequestMessages.Add(new RequestMessage { CareRequestId = request.Id, ChurchId = church.ChurchId, AuthorId = church.PointPerson, Body = "Does he have a favourite colour for the backpack?", At = now.AddHours(-19) });
                db.RequestMessages.Add(new RequestMessage { CareRequestId = request.Id, ChurchId = church.ChurchId, AuthorId = request.CaseworkerId, Body = "Green, and he would love a sketchbook. Thank you!", At = now.AddHours(-18) });
                var routing = await db.RequestRoutings.SingleAsync(r => r.CareRequestId == request.Id, ct);
                routing.FirstResponseAt = now.AddHours(-20);
            }
            else if (nearest.Count > 1)
            {
                // A second church asks a question before committing: the first church can still say "Yes, I can help".
                var church = nearest[1];
                db.RequestMessages.Add(new RequestMessage { CareRequestId = request.Id, ChurchId = church.ChurchId, AuthorId = church.PointPerson, Body = "Would a gently used bed frame with a new mattress be all right?", At = now.AddHours(-5) });
                db.RequestMessages.Add(new RequestMessage { CareRequestId = request.Id, ChurchId = church.ChurchId, AuthorId = request.CaseworkerId, Body = "Yes, that would be perfect.", At = now.AddHours(-4) });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
