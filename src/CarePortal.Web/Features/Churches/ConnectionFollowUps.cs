using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePortal.Web.Features.Churches;

/// <summary>At 30, 90 and 180 days after a connection began, asks the caseworker whether the child is still safely home.</summary>
public sealed class ConnectionFollowUps(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.Connections.AsNoTracking()
            .Where(c => c.EndedOn == null && c.FollowUpsSent < Connection.FollowUpDays.Count)
            .Join(db.Requests, c => c.CareRequestId, r => r.Id, (c, r) => new { c.Id, c.CareRequestId, c.ChurchId, c.Kind, c.StartedOn, c.FollowUpsSent, r.CaseworkerId })
            .Join(db.Organisations, x => x.ChurchId, o => o.Id, (x, o) => new { x.Id, x.CareRequestId, x.Kind, x.StartedOn, x.FollowUpsSent, x.CaseworkerId, Church = o.Name })
            .ToListAsync(cancellationToken);
        var asked = 0;
        foreach (var connection in open)
        {
            var due = Connection.FollowUpDays.Count(d => today >= connection.StartedOn.AddDays(d));
            if (due <= connection.FollowUpsSent)
            {
                continue;
            }

            // Tried again as a whole when PostgreSQL drops the connection midway.
            var email = new FollowUpEmail(connection.CareRequestId, connection.Id, Connection.FollowUpDays[due - 1], connection.Church, connection.Kind);
            if (await db.InTransactionAsync((transaction, ct) => AskAsync(transaction, connection.Id, connection.FollowUpsSent, due, connection.CaseworkerId, email,
                    connection.CareRequestId, ct), cancellationToken))
            {
                asked++;
            }
        }

        return asked;
    }

    private async Task<bool> AskAsync(
        IDbContextTransaction transaction, int connectionId, int sent, int due, string caseworkerId, FollowUpEmail email, int requestId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // Only the node that moves the count asks; the question goes in the same transaction.
        var moved = await db.Connections.Where(c => c.Id == connectionId && c.FollowUpsSent == sent)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FollowUpsSent, due), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        await outbox.ToPersonAsync(caseworkerId, email, requestId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

/// <summary>The caseworker's side answers a 30/90/180-day question: is the child still safely home, does the connection go on.</summary>
public sealed class FollowUpAnswers(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The connection and its request, for those who read its follow-ups (<see cref="ConnectionReaders.FollowUpsOf"/>; anyone
    /// else learns nothing: 404) who are the request's agency staff (a platform admin: 403).
    /// </summary>
    public async Task<FollowUpView> ReadAsync(ClaimsPrincipal user, int connectionId, CancellationToken ct)
    {
        var connection = await db.Connections.AsNoTracking().Where(ConnectionReaders.FollowUpsOf(db, user))
            .SingleOrDefaultAsync(c => c.Id == connectionId, ct) ?? throw RefusedException.NotFound();
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == connection.CareRequestId, ct);
        if (!RequestPermissions.IsAgencyStaff(user, request))
        {
            throw RefusedException.Forbidden("Only the request's agency staff answer its follow-up questions.");
        }

        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == connection.ChurchId).Select(o => o.Name).SingleAsync(ct);
        var answers = await db.FollowUpAnswers.AsNoTracking().Where(a => a.ConnectionId == connectionId).OrderBy(a => a.Days)
            .Select(a => new FollowUpAnswerView(a.Days, a.StillSafelyHome, a.ConnectionGoesOn, a.Note, a.AnsweredAt)).ToListAsync(ct);
        var asked = Connection.FollowUpDays.Take(connection.FollowUpsSent).ToList();
        return new FollowUpView(ConnectionView.From(connection, church), request.Need, asked, answers);
    }

    public async Task<FollowUpAnswerView> AnswerAsync(ClaimsPrincipal user, int connectionId, FollowUpAnswerInput input, CancellationToken ct)
    {
        FieldChecks.ThrowIfInvalid(input);
        var view = await ReadAsync(user, connectionId, ct);
        if (!view.Asked.Contains(input.Days) || input.StillSafelyHome is null || input.ConnectionGoesOn is null)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]>
            {
                ["days"] = [$"Answer a question that was asked ({string.Join(", ", view.Asked.Select(d => $"{d} days"))}): whether the child is still safely home and whether the connection goes on."],
            });
        }

        if (view.Answers.Any(a => a.Days == input.Days))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Already answered", $"The {input.Days}-day question is answered already.");
        }

        var answer = new FollowUpAnswer
        {
            ConnectionId = connectionId,
            Days = input.Days,
            StillSafelyHome = input.StillSafelyHome.Value,
            ConnectionGoesOn = input.ConnectionGoesOn.Value,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            AnsweredById = user.UserId(),
            AnsweredAt = clock.GetUtcNow(),
        };
        db.FollowUpAnswers.Add(answer);
        if (!answer.ConnectionGoesOn)
        {
            // A connection that has ended is asked about no more.
            var connection = await db.Connections.SingleAsync(c => c.Id == connectionId, ct);
            connection.EndedOn ??= DateOnly.FromDateTime(answer.AnsweredAt.UtcDateTime);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Already answered", $"The {input.Days}-day question is answered already.");
        }

        return new FollowUpAnswerView(answer.Days, answer.StillSafelyHome, answer.ConnectionGoesOn, answer.Note, answer.AnsweredAt);
    }
}

public sealed record FollowUpAnswerInput(int Days, bool? StillSafelyHome, bool? ConnectionGoesOn, [property: MaxLength(2000, ErrorMessage = "Keep the note under 2000 characters."), PlainText("the note")] string? Note);

public sealed record FollowUpAnswerView(int Days, bool StillSafelyHome, bool ConnectionGoesOn, string? Note, DateTimeOffset AnsweredAt);

public sealed record FollowUpView(ConnectionView Connection, string Need, IReadOnlyList<int> Asked, IReadOnlyList<FollowUpAnswerView> Answers);
