using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A request as a church sees it, on a phone first: the public part, "Yes, I can help" (everything still needed in one tap,
/// or chosen items), messages with the caseworker, the private details once the church committed (each view recorded),
/// forwarding and sharing for the point person, "we delivered" and the connection after it was met.
/// </summary>
public sealed class RequestModel(
    ViewAsChurch view, Respond respond, WriteMessage write, ListMessages messages, Deliver deliver, Forward forward, Assign assign, Connect connect,
    ListConnections connections, ListResponders responders, NearbyShare share, ReadPrivateDetails workflow, IEnumerable<IFamilyThanks> thanks)
    : PageModel, IShowsRefusals
{
    public ChurchRequestView View { get; private set; } = null!;

    public IReadOnlyList<MessageView> Messages { get; private set; } = [];

    public IReadOnlyList<ResponderView> Responders { get; private set; } = [];

    public IReadOnlyList<string> ForwardedTo { get; private set; } = [];

    public IReadOnlyList<SharedView> Shared { get; private set; } = [];

    public IReadOnlyList<ConnectionView> Connections { get; private set; } = [];

    public PrivateDetailsView? Private { get; private set; }

    /// <summary>The family chose to tell the church that helped: "the family said thank you" (nothing else of their answers).</summary>
    public bool FamilyThanked { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public Task<IActionResult> OnGetAsync(int id, int? churchId, CancellationToken ct) => ShowAsync(id, churchId, ct);

    /// <summary>Shown only when asked for: every view is recorded (and refused unless the church committed, or the person was assigned).</summary>
    public Task<IActionResult> OnGetPrivateAsync(int id, int? churchId, CancellationToken ct) => ShowAsync(id, churchId, ct, async () =>
    {
        var (details, attachments) = await workflow.ReadAsync(User, id, ct);
        Private = PrivateDetailsView.From(details, attachments);
    });

    public Task<IActionResult> OnPostRespondAsync(int id, int? churchId, bool all, List<int> itemIds, List<int> giveItem, List<int> give, string? message, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            // "2 of 4 coats": the numbers typed beside each item (none typed is none given).
            var quantities = giveItem.Zip(give).Where(g => g.Second > 0).Select(g => new ItemQuantity(g.First, g.Second)).ToList();
            if (!all && itemIds.Count == 0 && quantities.Count == 0)
            {
                throw RefusedException.Invalid("itemIds", "Say how many of an item you can give, or help with everything still needed.");
            }

            var response = await respond.RespondAsync(User, id, new ResponseInput(churchId, all || itemIds.Count == 0 ? null : itemIds, message, all ? null : quantities), ct);
            return $"Thank you: your church gives {string.Join(", ", response.Quantities.Select(q => $"{q.Quantity} × {View.Items.FirstOrDefault(i => i.Id == q.ItemId)?.Name ?? "item"}"))}. The caseworker has your response and how to reach you.";
        }, ct);

    public Task<IActionResult> OnPostMessageAsync(int id, int? churchId, string? body, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            await write.WriteAsync(User, id, new MessageInput(churchId, body), ct);
            return "Your message is sent; the caseworker is told by email.";
        }, ct);

    public Task<IActionResult> OnPostDeliveredAsync(int id, int? churchId, string? note, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            await deliver.DeliveredAsync(User, id, new DeliveryInput(churchId, note), ct);
            return "Thank you: the caseworker is asked to close the request as met.";
        }, ct);

    public Task<IActionResult> OnPostForwardAsync(int id, int? churchId, List<string> userIds, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            var count = await forward.ForwardAsync(User, id, new ForwardInput(churchId, userIds), ct);
            return $"Forwarded to {count} {(count == 1 ? "responder" : "responders")}.";
        }, ct);

    public Task<IActionResult> OnPostShareAsync(int id, int? churchId, int? churches, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            var shared = await share.ShareAsync(User, id, new ShareInput(churchId, churches), ct);
            return shared.Count == 0
                ? "No other church near enough serves this need: write to the caseworker, who may know other help."
                : $"Asked {string.Join(", ", shared.Select(s => $"{s.Name} ({s.Miles:0.#} miles)"))} to help.";
        }, ct);

    public Task<IActionResult> OnPostAssignAsync(int id, int? churchId, string? userId, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            await assign.AssignAsync(User, id, new AssignmentInput(userId), ct);
            return "The responder may now see the private details.";
        }, ct);

    public Task<IActionResult> OnPostConnectAsync(int id, int? churchId, string? kind, DateOnly? startedOn, DateOnly? endedOn, string? note, CancellationToken ct) =>
        DoAsync(id, churchId, async () =>
        {
            await connect.ConnectAsync(User, id, new ConnectionInput(churchId, kind, startedOn, endedOn, note), ct);
            return "The connection is recorded. The caseworker will be asked how it goes at 30, 90 and 180 days.";
        }, ct);

    /// <summary>Does the action and comes back to the page (post-redirect-get); a refusal is said on the page with its status.</summary>
    private async Task<IActionResult> DoAsync(int id, int? churchId, Func<Task<string>> action, CancellationToken ct)
    {
        // Only people of a church the request went to act on it here; anyone else learns nothing of it.
        View = await view.ChurchViewAsync(User, id, churchId, ct);
        Done = await action();
        return RedirectToPage(new { id, churchId });
    }

    /// <summary>Shown again without what was refused; only people of a church the request went to see it at all.</summary>
    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return ShowAsync(this.RouteId(), this.SentInt("churchId"), cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int id, int? churchId, CancellationToken ct, Func<Task>? action = null)
    {
        View = await view.ChurchViewAsync(User, id, churchId, ct);
        if (action is not null)
        {
            await action();
        }

        Messages = await messages.MessagesAsync(User, id, ct);
        Messages = [.. Messages.Where(m => m.ChurchId == View.ChurchId)];
        Connections = [.. (await connections.ConnectionsAsync(User, View.ChurchId, ct)).Where(c => c.RequestId == id)];
        foreach (var family in View.Committed ? thanks : [])
        {
            FamilyThanked |= await family.SaidThankYouAsync(id, ct);
        }

        if (View.Leads)
        {
            Responders = await responders.RespondersAsync(User, View.ChurchId, ct);
            ForwardedTo = await forward.ForwardedToAsync(id, View.ChurchId, ct);
            Shared = await share.SharedAsync(id, ct);
        }

        return Page();
    }
}
