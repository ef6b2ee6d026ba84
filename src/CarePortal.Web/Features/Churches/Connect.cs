using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>After "met", the caseworker's side or the church records a relationship that goes on.</summary>
public sealed class Connect(AppDbContext db, ChurchAccess access, TimeProvider clock)
{
    public async Task<ConnectionView> ConnectAsync(ClaimsPrincipal user, int id, ConnectionInput input, CancellationToken ct)
    {
        FieldChecks.ThrowIfInvalid(input);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        var committed = await db.ItemClaims.Where(c => c.CareRequestId == id).Select(c => c.ChurchId).Distinct().ToListAsync(ct);
        var mine = await access.ChurchesOfAsync(user, ct);
        var staff = RequestPermissions.IsAgencyStaff(user, request);
        var churchId = input.ChurchId ?? committed.FirstOrDefault(mine.Contains);
        if (!staff && !(mine.Contains(churchId) && committed.Contains(churchId)))
        {
            throw RefusedException.NotFound();
        }

        if (request.State is not (RequestState.ClosedFullyMet or RequestState.ClosedPartiallyMet))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not met yet", "A connection is recorded after the request was closed as met.");
        }

        if (!committed.Contains(churchId) || !Connection.Kinds.Contains(input.Kind ?? "") || input.StartedOn is null
            || (input.EndedOn is { } ended && ended < input.StartedOn))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]>
            {
                ["kind"] = [$"Name a church that met this request, a kind ({string.Join(", ", Connection.Kinds)}), and a start date (and an end not before it)."],
            });
        }

        var connection = new Connection
        {
            CareRequestId = id,
            ChurchId = churchId,
            Kind = input.Kind!,
            StartedOn = input.StartedOn.Value,
            EndedOn = input.EndedOn,
            Note = input.Note?.Trim(),
            RecordedById = user.UserId(),
            RecordedAt = clock.GetUtcNow(),
        };
        db.Connections.Add(connection);
        await db.SaveChangesAsync(ct);
        return ConnectionView.From(connection, "");
    }
}

public sealed record ConnectionInput(int? ChurchId, string? Kind, DateOnly? StartedOn, DateOnly? EndedOn, [property: MaxLength(2000, ErrorMessage = "Keep the note under 2000 characters."), PlainText("the note")] string? Note);

public sealed record ConnectionView(int Id, int RequestId, int ChurchId, string Church, string Kind, DateOnly StartedOn, DateOnly? EndedOn, string? Note, int FollowUpsSent)
{
    public static ConnectionView From(Connection c, string church) => new(c.Id, c.CareRequestId, c.ChurchId, church, c.Kind, c.StartedOn, c.EndedOn, c.Note, c.FollowUpsSent);
}
