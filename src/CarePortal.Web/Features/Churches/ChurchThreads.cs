using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The churches on a request as its agency staff see them, in one statement (a compiled query): the churches it went to,
/// with their names, and everything the churches did on it (responses, deliveries, messages, the items each claimed), as
/// one list of entries, which <see cref="Recipients"/> and <see cref="Build"/> turn into the list of churches and a thread per church.
/// </summary>
public static class ChurchThreads
{
    private static readonly CompiledPerModel<Func<AppDbContext, int, IAsyncEnumerable<ThreadEntry>>> EntriesOn = new(() =>
        EF.CompileAsyncQuery<AppDbContext, int, ThreadEntry>((db, id) =>
            db.RequestRecipients.Where(r => r.CareRequestId == id)
                .Join(db.Organisations, r => r.ChurchId, o => o.Id, (r, o) => new ThreadEntry
                {
                    Kind = ThreadEntryKind.Sent, ChurchId = r.ChurchId, Id = r.Id, Who = o.Name, Email = null,
                    Phone = null, Text = null, At = r.At, ItemId = null, Miles = r.Miles, Round = r.Round,
                })
                .Concat(db.ChurchResponses.Where(r => r.CareRequestId == id)
                    .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new ThreadEntry
                    {
                        Kind = ThreadEntryKind.Response, ChurchId = r.ChurchId, Id = r.Id, Who = u.DisplayName, Email = u.Email,
                        Phone = u.PhoneNumber, Text = r.Message, At = r.At, ItemId = null, Miles = null, Round = null,
                    }))
                .Concat(db.RequestMessages.Where(m => m.CareRequestId == id)
                    .Join(db.Users, m => m.AuthorId, u => u.Id, (m, u) => new ThreadEntry
                    {
                        Kind = ThreadEntryKind.Message, ChurchId = m.ChurchId, Id = m.Id, Who = u.DisplayName, Email = null,
                        Phone = null, Text = m.Body, At = m.At, ItemId = null, Miles = null, Round = null,
                    }))
                .Concat(db.Deliveries.Where(d => d.CareRequestId == id)
                    .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new ThreadEntry
                    {
                        Kind = ThreadEntryKind.Delivery, ChurchId = d.ChurchId, Id = d.Id, Who = u.DisplayName, Email = null,
                        Phone = null, Text = d.Note, At = d.At, ItemId = null, Miles = null, Round = null,
                    }))
                .Concat(db.ItemClaims.Where(c => c.CareRequestId == id)
                    .Select(c => new ThreadEntry
                    {
                        Kind = ThreadEntryKind.Claim, ChurchId = c.ChurchId, Id = c.Id, Who = null, Email = null,
                        Phone = null, Text = null, At = c.At, ItemId = c.RequestItemId, Miles = null, Round = null,
                    }))
                // The churches sent to by name, in the database's collation; the rest in the order it happened.
                .OrderBy(e => e.Kind).ThenBy(e => e.Kind == ThreadEntryKind.Sent ? e.Who : null).ThenBy(e => e.Id)));

    /// <summary>The churches the request went to (by name), then responses, messages, deliveries and claims, each kind in the order it happened.</summary>
    public static Task<List<ThreadEntry>> EntriesAsync(AppDbContext db, int requestId, CancellationToken ct) =>
        RequestReads.ListAsync(EntriesOn.For(db)(db, requestId), ct);

    /// <summary>The churches the request went to, by name.</summary>
    public static List<RecipientView> Recipients(IReadOnlyList<ThreadEntry> entries) =>
        [.. entries.Where(e => e.Kind == ThreadEntryKind.Sent).Select(e => new RecipientView(e.ChurchId, e.Who!, e.Miles!.Value, e.Round!.Value, e.At))];

    /// <summary>
    /// A thread for each church that responded, wrote or delivered (in that order of first appearance), named from
    /// <paramref name="names"/>; the responders' email and phone only <paramref name="withContacts"/>.
    /// </summary>
    public static List<ChurchThreadView> Build(CareRequest request, IReadOnlyList<ThreadEntry> entries, IReadOnlyDictionary<int, string> names, bool withContacts)
    {
        var responses = entries.Where(e => e.Kind == ThreadEntryKind.Response).ToList();
        var messages = entries.Where(e => e.Kind == ThreadEntryKind.Message).ToList();
        var deliveries = entries.Where(e => e.Kind == ThreadEntryKind.Delivery).ToList();
        var claims = entries.Where(e => e.Kind == ThreadEntryKind.Claim).ToList();
        var churchIds = responses.Concat(messages).Concat(deliveries).Select(e => e.ChurchId).Distinct();
        return [.. churchIds.Select(c => new ChurchThreadView(
            c,
            names[c],
            [.. responses.Where(r => r.ChurchId == c).Select(r => new ResponderResponseView(r.Who!, withContacts ? r.Email : null, withContacts ? r.Phone : null, r.Text, r.At))],
            [.. request.Items.Where(i => claims.Any(k => k.ItemId == i.Id && k.ChurchId == c)).OrderBy(i => i.Id).Select(i => $"{i.Quantity} × {i.Name}")],
            [.. deliveries.Where(d => d.ChurchId == c).Select(d => new DeliveryView(d.Who!, d.Text, d.At))],
            [.. messages.Where(m => m.ChurchId == c).Select(m => new MessageView(m.Id, m.ChurchId, m.Who!, m.Text!, m.At))]))];
    }
}

public enum ThreadEntryKind
{
    Sent,
    Response,
    Message,
    Delivery,
    Claim,
}

/// <summary>A church the request went to, or one thing a church did on it; the fields a kind has not are null.</summary>
public sealed class ThreadEntry
{
    public ThreadEntryKind Kind { get; init; }

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
}
