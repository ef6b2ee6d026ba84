using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// What the request page lists besides the request itself, in one statement (a compiled UNION ALL): the request's moves, and
/// for its agency staff the churches it went to and everything the churches did on it (responses, messages, deliveries, the
/// items each claimed). The churches' section of the page (<see cref="IRequestPageSection"/>) turns the church entries into threads.
/// </summary>
public static class RequestEntries
{
    private static readonly CompiledPerModel<Func<AppDbContext, int, bool, IAsyncEnumerable<RequestEntry>>> EntriesOn = new(() =>
        EF.CompileAsyncQuery<AppDbContext, int, bool, RequestEntry>((db, id, withChurches) =>
            db.RequestTransitions.Where(t => t.CareRequestId == id)
                .Select(t => new RequestEntry
                {
                    // Who moved it and their note are the agency's: the database gives them to its staff only.
                    Kind = RequestEntryKind.Move, ChurchId = 0, Id = t.Id, Who = withChurches ? t.ByUserId : null, Email = null,
                    Phone = null, Text = withChurches ? t.Note : null, At = t.At, ItemId = null, Miles = null, Round = null, From = t.From, Action = t.Action, To = t.To,
                })
                .Concat(db.RequestRecipients.Where(r => withChurches && r.CareRequestId == id)
                    .Join(db.Organisations, r => r.ChurchId, o => o.Id, (r, o) => new RequestEntry
                    {
                        Kind = RequestEntryKind.Sent, ChurchId = r.ChurchId, Id = r.Id, Who = o.Name, Email = null,
                        Phone = null, Text = null, At = r.At, ItemId = null, Miles = r.Miles, Round = r.Round, From = null, Action = null, To = null,
                    }))
                .Concat(db.ChurchResponses.Where(r => withChurches && r.CareRequestId == id)
                    .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new RequestEntry
                    {
                        Kind = RequestEntryKind.Response, ChurchId = r.ChurchId, Id = r.Id, Who = u.DisplayName, Email = u.Email,
                        Phone = u.PhoneNumber, Text = r.Message, At = r.At, ItemId = null, Miles = null, Round = null, From = null, Action = null, To = null,
                    }))
                .Concat(db.RequestMessages.Where(m => withChurches && m.CareRequestId == id)
                    .Join(db.Users, m => m.AuthorId, u => u.Id, (m, u) => new RequestEntry
                    {
                        Kind = RequestEntryKind.Message, ChurchId = m.ChurchId, Id = m.Id, Who = u.DisplayName, Email = null,
                        Phone = null, Text = m.Body, At = m.At, ItemId = null, Miles = null, Round = null, From = null, Action = null, To = null,
                    }))
                .Concat(db.Deliveries.Where(d => withChurches && d.CareRequestId == id)
                    .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new RequestEntry
                    {
                        Kind = RequestEntryKind.Delivery, ChurchId = d.ChurchId, Id = d.Id, Who = u.DisplayName, Email = null,
                        Phone = null, Text = d.Note, At = d.At, ItemId = null, Miles = null, Round = null, From = null, Action = null, To = null,
                    }))
                .Concat(db.ItemClaims.Where(c => withChurches && c.CareRequestId == id)
                    .Select(c => new RequestEntry
                    {
                        Kind = RequestEntryKind.Claim, ChurchId = c.ChurchId, Id = c.Id, Who = null, Email = null,
                        Phone = null, Text = null, At = c.At, ItemId = c.RequestItemId, Miles = null, Round = null, From = null, Action = null, To = null,
                    }))
                // The churches sent to by name, in the database's collation; the rest in the order it happened.
                .OrderBy(e => e.Kind).ThenBy(e => e.Kind == RequestEntryKind.Sent ? e.Who : null).ThenBy(e => e.Id)));

    /// <summary>The request's moves, oldest first (who and their notes only <paramref name="withChurches"/>, for agency staff), then (<paramref name="withChurches"/>) the churches it went to by name, then responses, messages, deliveries and claims, each kind in the order it happened.</summary>
    public static Task<List<RequestEntry>> ReadAsync(AppDbContext db, int requestId, bool withChurches, CancellationToken ct) =>
        RequestReads.ListAsync(EntriesOn.For(db)(db, requestId, withChurches), ct);

    /// <summary>The moves among <paramref name="entries"/>, as the page shows them to the request's agency staff.</summary>
    public static List<TransitionView> History(IEnumerable<RequestEntry> entries) =>
        [.. entries.Where(e => e.Kind == RequestEntryKind.Move).Select(e => new TransitionView(e.From!.Value, e.Action!.Value, e.To!.Value, e.Who, e.At, e.Text))];

    /// <summary>The moves among <paramref name="entries"/>, as the page shows them to anyone else: what and when only.</summary>
    public static List<MoveView> Moves(IEnumerable<RequestEntry> entries) =>
        [.. entries.Where(e => e.Kind == RequestEntryKind.Move).Select(e => new MoveView(e.From!.Value, e.Action!.Value, e.To!.Value, e.At))];
}

public enum RequestEntryKind
{
    Move,
    Sent,
    Response,
    Message,
    Delivery,
    Claim,
}

/// <summary>A move of the request, a church it went to, or one thing a church did on it; the fields a kind has not are null (a move has church 0).</summary>
public sealed class RequestEntry
{
    public RequestEntryKind Kind { get; init; }

    public int ChurchId { get; init; }

    public long Id { get; init; }

    public string? Who { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Text { get; init; }

    public DateTimeOffset At { get; init; }

    public int? ItemId { get; init; }

    public double? Miles { get; init; }

    public int? Round { get; init; }

    public RequestState? From { get; init; }

    public RequestAction? Action { get; init; }

    public RequestState? To { get; init; }
}
