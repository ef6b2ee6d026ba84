using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

public sealed partial class DetailsModel(ReadRequest read, AppDbContext db, ChurchAccess churches, IEnumerable<IRequestPageSection> sections) : PageModel, IShowsRefusals
{
    /// <summary>What other features show the request's agency staff here (<see cref="IRequestPageSection"/>: the churches' threads).</summary>
    public IReadOnlyList<RequestPageSection> Sections { get; private set; } = [];

    /// <summary>Whether the responders' email and phone are shown (asked for, and recorded).</summary>
    public bool ShowContacts { get; private set; }

    public bool IsStaff { get; private set; }

    /// <summary>A message or connection refused answers with its status (the church-facing actions do too); the request's own actions with 200.</summary>
    private bool answersWithStatus;

    [TempData]
    public string? Done { get; set; }

    public RequestView? CareRequest { get; private set; }

    /// <summary>The moves with who made them and their notes: the agency staff's.</summary>
    public IReadOnlyList<TransitionView> History { get; private set; } = [];

    /// <summary>The moves, what and when only: anyone else's (a church, the platform admin).</summary>
    public IReadOnlyList<MoveView> Moves { get; private set; } = [];

    public PrivateDetailsView? Private { get; private set; }

    /// <summary>Someone else's saved private details, when a save over them was refused.</summary>
    public PrivateDetailsInput? Theirs { get; private set; }

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public bool CanReadPrivate { get; private set; }

    public bool CanSubmit { get; private set; }

    public bool CanEditPrivate { get; private set; }

    /// <summary>The files attached so far, by kind and time (their names are private details: shown with them, each view recorded).</summary>
    public IReadOnlyList<AttachedFile> Attached { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanClose { get; private set; }

    public bool CanPause { get; private set; }

    public bool CanCancel { get; private set; }

    [BindProperty]
    public PrivateDetailsForm Details { get; set; } = new();

    [BindProperty]
    public CloseForm Closing { get; set; } = new();

    /// <summary>The kind as the API names it (<see cref="AttachmentKinds"/>): text, so that an unknown kind is refused, not taken for a bill.</summary>
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool FamilyConsent { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var request = await read.ReadToShowAsync(User, id, cancellationToken);

        // A church person reached by the request sees it on the church's own page.
        if (!RequestPermissions.IsAgencyStaff(User, request) && (await churches.ReadersAsync(User, request, cancellationToken)).Count > 0)
        {
            return Redirect($"/Churches/Request/{id}");
        }

        return await ShowAsync(id, cancellationToken, shown: request);
    }

    /// <summary>The responders' email and phone, shown only when asked for: the view is recorded with the private-details reads.</summary>
    public Task<IActionResult> OnGetContactsAsync(int id, CancellationToken cancellationToken)
    {
        // Opened from another site (a link elsewhere), the page shows without them: it does not read, nor record, them.
        ShowContacts = !PrivateReadLog.FromAnotherSite(Request);
        return ShowAsync(id, cancellationToken);
    }

    // The churches' section posts its forms here, so their addresses stay the page's: a message, and a connection after met.
    public Task<IActionResult> OnPostMessageAsync(int id, CancellationToken cancellationToken) => SectionAsync(id, "Message", cancellationToken);

    public Task<IActionResult> OnPostConnectAsync(int id, CancellationToken cancellationToken) => SectionAsync(id, "Connect", cancellationToken);

    private async Task<IActionResult> SectionAsync(int id, string handler, CancellationToken cancellationToken)
    {
        answersWithStatus = true;
        var section = sections.FirstOrDefault(s => s.HasForm(handler)) ?? throw RefusedException.NotFound();
        Done = await section.PostAsync(User, id, handler, await Request.ReadFormAsync(cancellationToken), cancellationToken);
        return Redirect($"/Requests/Details/{id}#churches");
    }

    /// <summary>A refused action is said on the request's page, with the reviewer's findings when the description stopped it.</summary>
    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Findings = refusal.Extensions.TryGetValue("findings", out var findings) && findings is IReadOnlyList<FindingView> list ? list : [];
        if (refusal.Extensions.TryGetValue("theirs", out var theirs) && theirs is PrivateDetailsInput saved)
        {
            // A save over someone else's: theirs above the form, which keeps yours and now names their version.
            (Theirs, Details.Version, Response.StatusCode) = (saved, saved.Version, refusal.Status);
            ModelState.Remove("Details.Version");
        }

        if (answersWithStatus)
        {
            Response.StatusCode = refusal.Status;
        }

        return ShowAsync(this.RouteId(), cancellationToken);
    }

    /// <summary>Private details are shown only when asked for, because every read is recorded.</summary>
    public Task<IActionResult> OnGetPrivateAsync(int id, [FromServices] ReadPrivateDetails readPrivate, CancellationToken cancellationToken) =>
        ShowAsync(id, cancellationToken, async () =>
        {
            var (details, attachments) = await readPrivate.ReadAsync(User, id, cancellationToken);
            Private = PrivateDetailsView.From(details, attachments);
            Details = PrivateDetailsForm.From(details);
        });

    public Task<IActionResult> OnPostSubmitAsync(int id, [FromServices] SubmitRequest submit, CancellationToken cancellationToken) =>
        DoneAsync(id, async () => RequestConfirmations.Submitted(await submit.RunAsync(User, id, new SubmitInput(FamilyConsent), cancellationToken)));

    public Task<IActionResult> OnPostCancelAsync(int id, [FromServices] MoveRequest move, CancellationToken cancellationToken) =>
        DoneAsync(id, async () => RequestConfirmations.Moved(await move.RunAsync(User, id, RequestAction.Cancel, Note, cancellationToken)));

    public Task<IActionResult> OnPostPauseAsync(int id, [FromServices] MoveRequest move, CancellationToken cancellationToken) =>
        DoneAsync(id, async () => RequestConfirmations.Moved(await move.RunAsync(User, id, RequestAction.Pause, Note, cancellationToken)));

    public Task<IActionResult> OnPostResumeAsync(int id, [FromServices] MoveRequest move, CancellationToken cancellationToken) =>
        DoneAsync(id, async () => RequestConfirmations.Moved(await move.RunAsync(User, id, RequestAction.Resume, Note, cancellationToken)));

    /// <summary>A save over someone else's shows theirs beside the form, which keeps yours and now names their version.</summary>
    public Task<IActionResult> OnPostPrivateAsync(int id, [FromServices] SetPrivateDetails setPrivate, CancellationToken cancellationToken) =>
        DoneAsync(id, async () =>
        {
            // A form filled from the stored details (it names their version) is saved whole; an unfilled one only where typed.
            _ = Details.Version is null
                ? await setPrivate.RunGivenAsync(User, id, Details.ToInput(), cancellationToken)
                : await setPrivate.RunAsync(User, id, Details.ToInput(), cancellationToken);
            return RequestConfirmations.PrivateSaved;
        });

    public Task<IActionResult> OnPostAttachAsync(int id, [FromServices] AttachFile attach, CancellationToken cancellationToken) =>
        DoneAsync(id, async () => Upload is null
            ? throw RefusedException.BadRequest("No file", $"Choose {FileSignatures.Accepted} to attach.")
            : RequestConfirmations.Attached(await attach.RunAsync(User, id, Kind, Upload, cancellationToken)));

    public Task<IActionResult> OnPostCloseAsync(int id, [FromServices] CloseRequest close, CancellationToken cancellationToken) =>
        DoneAsync(id, async () => RequestConfirmations.Closed(await close.RunAsync(User, id, new CloseInput(
            Closing.Outcome,
            [.. Closing.Given.Select(g => new ItemGiven(g.Key, g.Value))],
            Closing.Reason,
            Closing.ChildOutcomes,
            Closing.Rating,
            Note), cancellationToken)));

    /// <summary>Does <paramref name="action"/> and comes back to the request's page with its sentence (post-redirect-get: a reload posts nothing).</summary>
    private async Task<IActionResult> DoneAsync(int id, Func<Task<string>> action)
    {
        TempData.Confirm(await action());
        return Redirect($"/Requests/Details/{id}");
    }

    /// <summary>Does <paramref name="action"/>, then shows the request (<paramref name="shown"/> when the caller has just read it).</summary>
    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken, Func<Task>? action = null, CareRequest? shown = null)
    {
        if (action is not null)
        {
            await action();
        }

        var request = shown ?? await read.ReadToShowAsync(User, id, cancellationToken);
        CareRequest = RequestView.For(User, request);
        IsStaff = RequestPermissions.IsAgencyStaff(User, request);
        CanReadPrivate = RequestPermissions.Allows(User, request, RequestOperation.ReadPrivate);
        CanSubmit = RequestPermissions.Allows(User, request, RequestOperation.Submit)
            && RequestStateMachine.Allows(request.State, RequestAction.Submit);
        CanEdit = request.State is RequestState.Draft or RequestState.ReturnedForChanges
            ? RequestPermissions.Allows(User, request, RequestOperation.Edit)
            : RequestPermissions.IsApprover(User, User.UserId(), request);
        CanEditPrivate = RequestPermissions.Allows(User, request, RequestOperation.EditPrivate)
            && request.State is RequestState.Draft or RequestState.ReturnedForChanges or RequestState.AwaitingApproval or RequestState.Open or RequestState.Paused;
        CanClose = RequestPermissions.Allows(User, request, RequestOperation.Close)
            && RequestStateMachine.Allows(request.State, RequestAction.CloseFullyMet);
        CanPause = RequestPermissions.Allows(User, request, RequestOperation.Pause)
            && (RequestStateMachine.Allows(request.State, RequestAction.Pause) || RequestStateMachine.Allows(request.State, RequestAction.Resume));
        CanCancel = RequestPermissions.Allows(User, request, RequestOperation.Cancel)
            && RequestStateMachine.Allows(request.State, RequestAction.Cancel);

        if (CanEditPrivate)
        {
            Attached = await db.Attachments.AsNoTracking().Where(a => a.CareRequestId == id).OrderBy(a => a.UploadedAt)
                .Select(a => new AttachedFile(a.Kind, a.Length, a.UploadedAt)).ToListAsync(cancellationToken);
        }

        var entries = await RequestEntries.ReadAsync(db, id, withChurches: IsStaff, cancellationToken);
        if (IsStaff)
        {
            var parts = new List<RequestPageSection>();
            foreach (var section in sections)
            {
                parts.Add(await section.ShowAsync(User, request, entries, ShowContacts, Done, cancellationToken));
            }

            Sections = parts;
        }

        History = IsStaff ? RequestEntries.History(entries) : [];
        Moves = IsStaff ? [] : RequestEntries.Moves(entries);
        return Page();
    }
}

/// <summary>An attached file as the request's page lists it beside the attach form: what it is and when, not its name.</summary>
public sealed record AttachedFile(AttachmentKind Kind, long Length, DateTimeOffset At);
