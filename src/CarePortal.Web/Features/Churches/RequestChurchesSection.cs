using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The churches on the request page of its agency staff (<see cref="IRequestPageSection"/>): each church's thread
/// (<see cref="ListThreads"/>), and the page's forms to write to a church (<see cref="WriteMessage"/>) and, after met, to record
/// a connection (<see cref="Connect"/>). A form's field that is blank or does not read as its type is taken as absent, as the page's model binding did.
/// </summary>
public sealed class RequestChurchesSection(ListThreads threads, WriteMessage write, Connect connect) : IRequestPageSection
{
    public async Task<RequestPageSection> ShowAsync(ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, string? done, CancellationToken ct)
    {
        var (on, recipients) = await threads.ChurchesOnAsync(user, request, entries, withContacts, ct);
        return new RequestPageSection("/Features/Churches/_RequestChurches.cshtml", new ChurchesOnRequest(request.Id, request.State, on, recipients, withContacts, done));
    }

    public bool HasForm(string handler) => handler is "Message" or "Connect";

    public async Task<string> PostAsync(ClaimsPrincipal user, int id, string handler, IFormCollection form, CancellationToken ct)
    {
        var churchId = int.TryParse(form["churchId"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var church) ? church : 0;
        if (handler == "Message")
        {
            await write.WriteAsync(user, id, new MessageInput(churchId, Text(form, "body")), ct);
            return "Your message is sent; the church is told by email.";
        }

        await connect.ConnectAsync(user, id, new ConnectionInput(churchId, Text(form, "kind"), Date(form, "startedOn"), Date(form, "endedOn"), Text(form, "connectionNote")), ct);
        return "The connection is recorded; you will be asked how it goes at 30, 90 and 180 days.";
    }

    private static string? Text(IFormCollection form, string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString();

    private static DateOnly? Date(IFormCollection form, string name) =>
        DateOnly.TryParse(form[name], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>What the request page's churches section shows.</summary>
public sealed record ChurchesOnRequest(int RequestId, RequestState State, IReadOnlyList<ChurchThreadView> Threads, IReadOnlyList<RecipientView> Recipients,
    bool ShowContacts, string? Done);
