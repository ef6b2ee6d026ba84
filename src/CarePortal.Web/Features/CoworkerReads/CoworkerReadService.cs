using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.CoworkerReads;

/// <summary>
/// A coworker's read of a draft (PRODUCT.md: a supervisor may "review a coworker's draft"; agency policy may ask for it).
/// The reader sees the public part of the draft and the reviewer's findings, never its private details.
/// </summary>
public sealed class CoworkerReadService(AppDbContext db, ReadRequest workflow, Outbox outbox, TimeProvider clock) : IDraftReads
{
    private static readonly RequestState[] Readable = [RequestState.Draft, RequestState.ReturnedForChanges];

    private IQueryable<CoworkerRead> Reads => db.Set<CoworkerRead>();

    /// <summary>The request's caseworker asks a caseworker or supervisor of the same office to read the draft.</summary>
    public async Task<CoworkerReadView> AskAsync(ClaimsPrincipal user, int requestId, string? readerId, CancellationToken cancellationToken)
    {
        var request = await workflow.ReadAsync(user, requestId, cancellationToken);
        var me = user.UserId();
        if (request.CaseworkerId != me)
        {
            throw RefusedException.Forbidden("Only the caseworker who writes this request asks a coworker to read it.");
        }

        ThrowIfNotReadable(request);
        var coworkers = await CoworkersAsync(request, me, cancellationToken);
        if (readerId is null || coworkers.All(c => c.Id != readerId))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]>
            {
                ["readerId"] = ["Ask a caseworker or supervisor of the request's office (not yourself)."],
            });
        }

        var waiting = await Reads.AsNoTracking().FirstOrDefaultAsync(r => r.CareRequestId == requestId && r.ReaderId == readerId && r.ReadAt == null, cancellationToken);
        if (waiting is not null)
        {
            return await ViewAsync(waiting, cancellationToken);
        }

        var read = new CoworkerRead { CareRequestId = requestId, AskedById = me, ReaderId = readerId, AskedAt = clock.GetUtcNow() };
        db.Add(read);
        var asker = user.FindFirstValue(MembershipClaimTypes.DisplayName) ?? "A coworker";
        await outbox.ToPersonAsync(readerId, new CoworkerReadAskedEmail(requestId, request.Need, asker), requestId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(read, cancellationToken);
    }

    /// <summary>The drafts waiting for this person's read, oldest first, with the requests' public part.</summary>
    public async Task<List<(CoworkerRead Read, CareRequest Request, string AskedBy)>> QueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var rows = await Reads.AsNoTracking().Where(r => r.ReaderId == me && r.ReadAt == null)
            .Join(db.Requests.AsNoTracking().Where(q => Readable.Contains(q.State)), r => r.CareRequestId, q => q.Id, (r, q) => new
            {
                Read = r,
                AskedBy = db.Users.Where(u => u.Id == r.AskedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .OrderBy(x => x.Read.AskedAt).ThenBy(x => x.Read.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Read.CareRequestId).Distinct().ToList();
        var requests = await db.Requests.AsNoTracking().Include(q => q.Items).Include(q => q.Children).AsSplitQuery()
            .Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        return [.. rows.Select(r => (r.Read, requests[r.Read.CareRequestId], r.AskedBy ?? "A coworker"))];
    }

    /// <summary>The reader marks the draft read, with an optional note the caseworker sees.</summary>
    public async Task<CoworkerReadView> MarkReadAsync(ClaimsPrincipal user, int readId, string? note, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var read = await Reads.SingleOrDefaultAsync(r => r.Id == readId && r.ReaderId == me, cancellationToken)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such read asked of you.");
        var state = await db.Requests.Where(q => q.Id == read.CareRequestId).Select(q => q.State).SingleAsync(cancellationToken);
        if (read.ReadAt is not null)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Already read", "You already marked this draft read.");
        }

        if (!Readable.Contains(state))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "No longer a draft", $"This request is {state.Phrase()}: it no longer waits for a read.");
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > CoworkerRead.NoteLength })
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["note"] = [$"Keep the note to {CoworkerRead.NoteLength} characters."] });
        }

        read.ReadAt = clock.GetUtcNow();
        read.Note = trimmed;
        db.Notifications.Add(new Notification { CareRequestId = read.CareRequestId, Kind = "coworker-read-done", RecipientId = read.AskedById, CreatedAt = read.ReadAt.Value });
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(read, cancellationToken);
    }

    /// <summary>
    /// The reads asked for one request, with the readers' names, ids and notes: the agency's own, for the request's agency staff
    /// (its caseworker, supervisor, approvers); a church or the platform admin that reads the request is refused (403).
    /// </summary>
    public async Task<List<CoworkerReadView>> ForRequestAsync(ClaimsPrincipal user, int requestId, CancellationToken cancellationToken)
    {
        var request = await workflow.ReadAsync(user, requestId, cancellationToken);
        if (!RequestPermissions.IsAgencyStaff(user, request))
        {
            throw RefusedException.Forbidden("Only the request's agency staff read its coworker reads.");
        }

        return await Views(Reads.AsNoTracking().Where(r => r.CareRequestId == requestId)).ToListAsync(cancellationToken);
    }

    async Task<IReadOnlyList<DraftRead>> IDraftReads.ForRequestAsync(ClaimsPrincipal user, int requestId, CancellationToken cancellationToken) =>
        [.. (await ForRequestAsync(user, requestId, cancellationToken)).Select(r => new DraftRead(r.Reader, r.AskedAt, r.ReadAt, r.Note))];

    /// <summary>The reads this person asked for, newest first.</summary>
    public Task<List<CoworkerReadView>> AskedByAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        return Views(Reads.AsNoTracking().Where(r => r.AskedById == me).OrderByDescending(r => r.AskedAt).ThenByDescending(r => r.Id).Take(50)).ToListAsync(cancellationToken);
    }

    /// <summary>The caseworkers and supervisors of the request's office who may be asked, without the asker.</summary>
    public async Task<List<Coworker>> CoworkersAsync(CareRequest request, string me, CancellationToken cancellationToken)
    {
        if (request.OfficeId is not { } office)
        {
            return [];
        }

        var people = await ActiveAccounts.Memberships(db).AsNoTracking()
            .Where(m => m.OrganisationId == office && (m.Role == Roles.Caseworker || m.Role == Roles.Supervisor) && m.UserId != me)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.Role })
            .ToListAsync(cancellationToken);
        return [.. people.GroupBy(p => p.Id)
            .Select(g => new Coworker(g.Key, g.First().DisplayName, [.. g.Select(p => p.Role).Order(StringComparer.Ordinal)]))
            .OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static void ThrowIfNotReadable(CareRequest request)
    {
        if (!Readable.Contains(request.State))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not a draft", $"Only a draft is read before it is submitted; this request is {request.State.Phrase()}.");
        }
    }

    private async Task<CoworkerReadView> ViewAsync(CoworkerRead read, CancellationToken cancellationToken) =>
        await Views(Reads.AsNoTracking().Where(r => r.Id == read.Id)).SingleAsync(cancellationToken);

    private IQueryable<CoworkerReadView> Views(IQueryable<CoworkerRead> reads) => reads.Select(r => new CoworkerReadView(
        r.Id, r.CareRequestId, r.AskedById, db.Users.Where(u => u.Id == r.AskedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
        r.ReaderId, db.Users.Where(u => u.Id == r.ReaderId).Select(u => u.DisplayName).FirstOrDefault() ?? "", r.AskedAt, r.ReadAt, r.Note));
}

public sealed record CoworkerReadView(int Id, int RequestId, string AskedById, string AskedBy, string ReaderId, string Reader,
    DateTimeOffset AskedAt, DateTimeOffset? ReadAt, string? Note);

public sealed record Coworker(string Id, string Name, IReadOnlyList<string> Roles);

public sealed record AskInput(string? ReaderId);

public sealed record ReadNoteInput(string? Note);
