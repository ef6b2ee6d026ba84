using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The agency's view of the churches on a request: each church's responses and items, deliveries and message thread.
/// The responders' email and phone only when asked for, and that view is recorded like a read of the private details.
/// </summary>
public sealed class ListThreads(AppDbContext db, ReadRequest workflow, PrivateReadLog privateReads)
{
    public async Task<List<ChurchThreadView>> ThreadsAsync(ClaimsPrincipal user, int id, bool withContacts, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        ChurchSide.ThrowUnlessStaff(user, request);
        return (await ChurchesOnAsync(user, request, await RequestEntries.ReadAsync(db, request.Id, withChurches: true, ct), withContacts, ct)).Threads;
    }

    /// <summary>
    /// The churches on a request for its agency staff (the request page), from its entries read with the churches: a thread
    /// for each church that responded, wrote or delivered, and every church the request went to, by name. Viewing the
    /// responders' contacts is recorded.
    /// </summary>
    public async Task<(List<ChurchThreadView> Threads, List<RecipientView> Recipients)> ChurchesOnAsync(
        ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, CancellationToken ct)
    {
        ChurchSide.ThrowUnlessStaff(user, request);
        var id = request.Id;
        var recipients = ChurchThreads.Recipients(entries);
        var names = recipients.ToDictionary(r => r.ChurchId, r => r.Name);
        // Every church that acts on a request was sent it; a church missing from the recipients is named by its own statement.
        var unnamed = entries.Where(e => e.Kind is not (RequestEntryKind.Move or RequestEntryKind.Sent)).Select(e => e.ChurchId)
            .Where(c => !names.ContainsKey(c)).Distinct().ToList();
        if (unnamed.Count > 0)
        {
            foreach (var church in await db.Organisations.AsNoTracking().Where(o => unnamed.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            {
                names[church.Id] = church.Name;
            }
        }

        if (withContacts && entries.Any(e => e.Kind == RequestEntryKind.Response))
        {
            await privateReads.RecordAsync(id, user.UserId(), "responder-contacts", ct);
        }

        return (ChurchThreads.Build(request, entries, names, withContacts), recipients);
    }
}

public sealed record ResponderResponseView(string Responder, string? Email, string? Phone, string? Message, DateTimeOffset At);

public sealed record ChurchThreadView(int ChurchId, string Church, IReadOnlyList<ResponderResponseView> Responses, IReadOnlyList<string> Items,
    IReadOnlyList<DeliveryView> Deliveries, IReadOnlyList<MessageView> Messages);
