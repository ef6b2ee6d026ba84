using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// A leader of the church reads a need's private note: refused when asked from another site, recorded (who, when) once the
/// answer succeeds, never cached, as a request's private details are (<see cref="PrivateReadLog"/>'s rules).
/// </summary>
public sealed class ReadNote(AppDbContext db, ChurchNeedAccess access, IHttpContextAccessor http, IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<ChurchNeedNoteView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var need = await access.AuthorizeAsync(user, id, ChurchNeedOperation.ReadNote, ct);
        if (http.HttpContext is { } context)
        {
            if (PrivateReadLog.FromAnotherSite(context.Request))
            {
                throw new Refusals.RefusedException(StatusCodes.Status403Forbidden, "Opened from another site",
                    "A need's private note opens only from CarePortal's own pages: open the need and choose to show it.");
            }

            context.Response.Headers.CacheControl = "no-store";
        }

        var read = new ChurchNeedNoteRead { ChurchNeedId = id, UserId = user.UserId(), At = clock.GetUtcNow() };
        if (http.HttpContext is { } started)
        {
            started.Response.OnStarting(() => started.Response.StatusCode is >= 200 and < 300 ? SaveAsync(read) : Task.CompletedTask);
        }
        else
        {
            await SaveAsync(read);
        }

        return new ChurchNeedNoteView(need.Id, need.PrivateNote);
    }

    /// <summary>Who read the need's note, newest first: shown to the leaders beside it.</summary>
    public async Task<IReadOnlyList<(string Name, DateTimeOffset At)>> ReadsAsync(int id, CancellationToken ct) =>
        [.. (await db.Set<ChurchNeedNoteRead>().AsNoTracking().Where(r => r.ChurchNeedId == id).OrderByDescending(r => r.At).Take(50)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.DisplayName, r.At }).ToListAsync(ct)).Select(r => (r.DisplayName, r.At))];

    private async Task SaveAsync(ChurchNeedNoteRead read)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        own.Add(read);
        await own.SaveChangesAsync();
    }
}
