using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The churches on a request as its agency staff see them, from the request's entries (<see cref="RequestEntries"/>): the
/// churches it went to, with their names, and a thread per church of what it did (responses, deliveries, messages, claims).
/// </summary>
public static class ChurchThreads
{
    /// <summary>The churches the request went to, by name.</summary>
    public static List<RecipientView> Recipients(IReadOnlyList<RequestEntry> entries) =>
        [.. entries.Where(e => e.Kind == RequestEntryKind.Sent).Select(e => new RecipientView(e.ChurchId, e.Who!, e.Miles!.Value, e.Round!.Value, e.At))];

    /// <summary>
    /// A thread for each church that responded, wrote or delivered (in that order of first appearance), named from
    /// <paramref name="names"/>; the responders' email and phone only <paramref name="withContacts"/>.
    /// </summary>
    public static List<ChurchThreadView> Build(CareRequest request, IReadOnlyList<RequestEntry> entries, IReadOnlyDictionary<int, string> names, bool withContacts)
    {
        var responses = entries.Where(e => e.Kind == RequestEntryKind.Response).ToList();
        var messages = entries.Where(e => e.Kind == RequestEntryKind.Message).ToList();
        var deliveries = entries.Where(e => e.Kind == RequestEntryKind.Delivery).ToList();
        var claims = entries.Where(e => e.Kind == RequestEntryKind.Claim).ToList();
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
