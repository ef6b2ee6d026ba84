using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The church side of a request: "Yes, I can help" (whole or some items; an item is met by one church only), who may see the
/// private details, messages between caseworker and church, and connections after the need was met.
/// </summary>
public sealed class Responses(AppDbContext db, ReadRequest workflow, ChurchAccess access, Outbox outbox, TimeProvider clock, PrivateReadLog privateReads)
{
    /// <summary>The churches the user answers for: as point person or responder of the church, or leader or member of one of its teams.</summary>
    public async Task<List<int>> ChurchesOfAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await ChurchAccess.ChurchIdsOf(db, user.UserId()).Distinct().ToListAsync(ct);

    public async Task<ResponseView> RespondAsync(ClaimsPrincipal user, int id, ResponseInput input, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        var churchId = await ChurchForAsync(user, request, input.ChurchId, ct);
        if (request.State != RequestState.Open)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not open", $"A request that is {request.State} takes no responses.");
        }

        if (input.Message?.Length > 2000)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["message"] = ["Keep the message under 2000 characters."] });
        }

        var claimed = await db.ItemClaims.Where(c => c.CareRequestId == id).ToDictionaryAsync(c => c.RequestItemId, c => c.ChurchId, ct);
        var wanted = input.ItemIds is { Count: > 0 } ids ? ids.Distinct().ToList() : [.. request.Items.Where(i => !claimed.ContainsKey(i.Id)).Select(i => i.Id)];
        if (wanted.Any(w => request.Items.All(i => i.Id != w)))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["itemIds"] = ["Choose items of this request."] });
        }

        var taken = wanted.Where(w => claimed.TryGetValue(w, out var by) && by != churchId).ToList();
        if (wanted.Count == 0 || taken.Count > 0)
        {
            throw Taken(request, taken);
        }

        var now = clock.GetUtcNow();
        var me = user.UserId();
        foreach (var item in wanted.Where(w => !claimed.ContainsKey(w)))
        {
            db.ItemClaims.Add(new ItemClaim { RequestItemId = item, CareRequestId = id, ChurchId = churchId, UserId = me, At = now });
        }

        db.ChurchResponses.Add(new ChurchResponse { CareRequestId = id, ChurchId = churchId, UserId = me, Message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim(), At = now });
        var routing = await db.RequestRoutings.SingleOrDefaultAsync(r => r.CareRequestId == id, ct);
        if (routing is not null && routing.FirstResponseAt is null)
        {
            routing.FirstResponseAt = now;
        }

        var responder = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).SingleAsync(ct);
        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        var items = string.Join(", ", request.Items.Where(i => wanted.Contains(i.Id)).Select(i => $"{i.Quantity} × {i.Name}"));
        // The responder's contact details go to the caseworker alone, in this email.
        await outbox.ToPersonAsync(request.CaseworkerId,
            new ChurchRespondedEmail(id, request.Need, church, responder.DisplayName, responder.Email ?? "", responder.PhoneNumber ?? "", items, input.Message?.Trim() ?? ""), id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another church claimed one of these items between our read and our write: the unique item index refused ours.
            db.ChangeTracker.Clear();
            var nowTaken = await db.ItemClaims.AsNoTracking().Where(c => wanted.Contains(c.RequestItemId) && c.ChurchId != churchId).Select(c => c.RequestItemId).ToListAsync(ct);
            throw Taken(request, nowTaken);
        }

        access.Forget();
        return new ResponseView(id, churchId, wanted);
    }

    /// <summary>Each item of the request and whether a church is meeting it (and whether it is the reader's church).</summary>
    public async Task<List<ItemClaimView>> ClaimsAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        var mine = await ChurchesOfAsync(user, ct);
        var claims = await db.ItemClaims.AsNoTracking().Where(c => c.CareRequestId == id).ToListAsync(ct);
        var staff = RequestPermissions.IsAgencyStaff(user, request);
        var names = staff
            ? await db.Organisations.AsNoTracking().Where(o => claims.Select(c => c.ChurchId).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct)
            : [];
        return [.. request.Items.Select(i =>
        {
            var claim = claims.FirstOrDefault(c => c.RequestItemId == i.Id);
            return new ItemClaimView(i.Id, i.Name, i.Quantity, claim is not null, claim is not null && mine.Contains(claim.ChurchId),
                claim is not null && names.TryGetValue(claim.ChurchId, out var name) ? name : null);
        })];
    }

    /// <summary>The committed church's point person lets one of its responders see the private details.</summary>
    public async Task AssignAsync(ClaimsPrincipal user, int id, AssignmentInput input, CancellationToken ct)
    {
        await workflow.ReadAsync(user, id, ct);
        var committed = await db.ItemClaims.Where(c => c.CareRequestId == id).Select(c => c.ChurchId).Distinct().ToListAsync(ct);
        var church = committed.FirstOrDefault(c => user.HasRoleAt(Roles.ChurchPointPerson, c));
        if (church == 0)
        {
            throw RefusedException.Forbidden("Only the point person of a church meeting this request assigns its responders.");
        }

        var teams = db.Organisations.Where(o => o.ParentId == church && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        if (!await db.Memberships.AnyAsync(m => m.UserId == input.UserId && (m.OrganisationId == church || teams.Contains(m.OrganisationId)), ct))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["userId"] = ["Assign a responder of your church."] });
        }

        if (!await db.ResponderAssignments.AnyAsync(a => a.CareRequestId == id && a.UserId == input.UserId, ct))
        {
            db.ResponderAssignments.Add(new ResponderAssignment { CareRequestId = id, UserId = input.UserId!, ChurchId = church });
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<List<MessageView>> MessagesAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (_, staff, mine) = await SideAsync(user, id, ct);
        return await MessagesOnAsync(id, staff, mine, ct);
    }

    /// <summary>The request's messages: every church's for its agency staff, else those of <paramref name="mine"/>.</summary>
    private Task<List<MessageView>> MessagesOnAsync(int id, bool staff, IReadOnlyList<int> mine, CancellationToken ct) =>
        db.RequestMessages.AsNoTracking().Where(m => m.CareRequestId == id && (staff || mine.Contains(m.ChurchId))).OrderBy(m => m.Id)
            .Join(db.Users, m => m.AuthorId, u => u.Id, (m, u) => new MessageView(m.Id, m.ChurchId, u.DisplayName, m.Body, m.At))
            .ToListAsync(ct);

    /// <summary>A message on the request: the caseworker's side to one church, or a church's to the caseworker.</summary>
    public async Task<MessageView> WriteAsync(ClaimsPrincipal user, int id, MessageInput input, CancellationToken ct)
    {
        var (request, staff, _) = await SideAsync(user, id, ct);
        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > 4000)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["body"] = ["Write a message of at most 4000 characters."] });
        }

        int churchId;
        List<string> tell;
        if (staff)
        {
            churchId = input.ChurchId ?? 0;
            if (!await db.RequestRecipients.AnyAsync(r => r.CareRequestId == id && r.ChurchId == churchId, ct))
            {
                throw RefusedException.Invalid(new Dictionary<string, string[]> { ["churchId"] = ["Write to a church this request went to."] });
            }

            tell = await db.Memberships.Where(m => m.OrganisationId == churchId && m.Role == Roles.ChurchPointPerson).Select(m => m.UserId).ToListAsync(ct);
        }
        else
        {
            churchId = await ChurchForAsync(user, request, input.ChurchId, ct);
            tell = [request.CaseworkerId];
        }

        var message = new RequestMessage { CareRequestId = id, ChurchId = churchId, AuthorId = user.UserId(), Body = input.Body.Trim(), At = clock.GetUtcNow() };
        db.RequestMessages.Add(message);
        var from = await db.Users.Where(u => u.Id == message.AuthorId).Select(u => u.DisplayName).SingleAsync(ct);
        await outbox.ToPeopleAsync(tell, new RequestMessageEmail(id, from), id, digestible: false, ct);
        await db.SaveChangesAsync(ct);
        return new MessageView(message.Id, churchId, from, message.Body, message.At);
    }

    /// <summary>After "met", the caseworker's side or the church records a relationship that goes on.</summary>
    public async Task<ConnectionView> ConnectAsync(ClaimsPrincipal user, int id, ConnectionInput input, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        var committed = await db.ItemClaims.Where(c => c.CareRequestId == id).Select(c => c.ChurchId).Distinct().ToListAsync(ct);
        var mine = await ChurchesOfAsync(user, ct);
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

        if (!committed.Contains(churchId) || !Connection.Kinds.Contains(input.Kind ?? "") || input.StartedOn is null || input.Note?.Length > 2000
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

    /// <summary>Connections of a church (its people) or of the requests the agency person may read.</summary>
    public async Task<List<ConnectionView>> ConnectionsAsync(ClaimsPrincipal user, int? churchId, CancellationToken ct)
    {
        IQueryable<Connection> query;
        if (churchId is { } church)
        {
            if (!(await ChurchesOfAsync(user, ct)).Contains(church) && !user.IsInRole(Roles.PlatformAdmin))
            {
                // Anyone else learns nothing of the church's connections, not even that the church is there.
                throw RefusedException.NotFound("No such church of yours.");
            }

            query = db.Connections.Where(c => c.ChurchId == church);
        }
        else
        {
            var visible = workflow.Visible(user).Where(r => r.State == RequestState.ClosedFullyMet || r.State == RequestState.ClosedPartiallyMet).Select(r => r.Id);
            query = db.Connections.Where(c => visible.Contains(c.CareRequestId));
        }

        var rows = await query.AsNoTracking().OrderByDescending(c => c.Id).Take(500)
            .Join(db.Organisations, c => c.ChurchId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct);
        return [.. rows.Select(r => ConnectionView.From(r.c, r.Name))];
    }

    /// <summary>The user's churches that may read this request now (<see cref="ChurchAccess"/>): those it went to while open, those that committed after.</summary>
    public Task<IReadOnlyList<int>> ReachedAsync(ClaimsPrincipal user, CareRequest request, CancellationToken ct) => access.ReadersAsync(user, request, ct);

    /// <summary>
    /// The church's side of a request: the public part, each item and whether it is being met, what the church did. For the
    /// people of a church the request went to while it is open, and of a church that committed to it after; anyone else learns
    /// nothing of it (404).
    /// </summary>
    public async Task<ChurchRequestView> ChurchViewAsync(ClaimsPrincipal user, int id, int? churchId, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Items).Include(r => r.Children).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        var reached = await ReachedAsync(user, request, ct);
        if (reached.Count == 0 || (churchId is { } chosen && !reached.Contains(chosen)))
        {
            throw RefusedException.NotFound();
        }

        var church = churchId ?? reached[0];
        var recipient = await db.RequestRecipients.AsNoTracking().SingleAsync(r => r.CareRequestId == id && r.ChurchId == church, ct);
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == church).Select(o => o.Name).SingleAsync(ct);
        var claims = await db.ItemClaims.AsNoTracking().Where(c => c.CareRequestId == id).ToDictionaryAsync(c => c.RequestItemId, c => c.ChurchId, ct);
        var items = request.Items.OrderBy(i => i.Id).Select(i => new ChurchItemView(i.Id, i.Name, i.Quantity,
            !claims.TryGetValue(i.Id, out var by) ? ItemStatus.Needed : by == church ? ItemStatus.OurChurch : ItemStatus.OtherChurch)).ToList();
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.CareRequestId == id && d.ChurchId == church).OrderBy(d => d.Id)
            .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new DeliveryView(u.DisplayName, d.Note, d.At)).ToListAsync(ct);
        var leads = user.HasRoleAt(Roles.ChurchPointPerson, church) || await LeadsTeamOfAsync(user, church, ct);
        // Who reads the private part is one rule, Requests' PrivateAccess (a committed church only while the request is open).
        var mayReadPrivate = await PrivateAccess.AllowsAsync(db, user, request, ct);
        return new ChurchRequestView(ChurchRequestPart.From(request), church, name, reached, recipient.Miles, recipient.Round, items,
            items.Any(i => i.Status == ItemStatus.OurChurch), leads, user.HasRoleAt(Roles.ChurchPointPerson, church), mayReadPrivate, deliveries);
    }

    /// <summary>A church that committed tells the caseworker it delivered; the caseworker is emailed to close the request.</summary>
    public async Task<DeliveryView> DeliveredAsync(ClaimsPrincipal user, int id, DeliveryInput input, CancellationToken ct)
    {
        var (request, _, _) = await SideAsync(user, id, ct);
        var churchId = await ChurchForAsync(user, request, input.ChurchId, ct);
        if (!await db.ItemClaims.AnyAsync(c => c.CareRequestId == id && c.ChurchId == churchId, ct))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not committed", "Say \"Yes, I can help\" before saying you delivered.");
        }

        if (request.State is not (RequestState.Open or RequestState.Paused))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Closed", $"The request is {request.State} already.");
        }

        if (input.Note?.Length > 2000)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["note"] = ["Keep the note under 2000 characters."] });
        }

        var delivery = new Delivery { CareRequestId = id, ChurchId = churchId, UserId = user.UserId(), Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), At = clock.GetUtcNow() };
        db.Deliveries.Add(delivery);
        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        await outbox.ToPersonAsync(request.CaseworkerId, new ChurchDeliveredEmail(id, request.Need, church), id, ct);
        await db.SaveChangesAsync(ct);
        var by = await db.Users.AsNoTracking().Where(u => u.Id == delivery.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        return new DeliveryView(by, delivery.Note, delivery.At);
    }

    /// <summary>The point person (or a team leader) forwards an open request to chosen responders of the church, by email.</summary>
    public async Task<int> ForwardAsync(ClaimsPrincipal user, int id, ForwardInput input, CancellationToken ct)
    {
        var (request, _, _) = await SideAsync(user, id, ct);
        var churchId = await ChurchForAsync(user, request, input.ChurchId, ct);
        if (!user.HasRoleAt(Roles.ChurchPointPerson, churchId) && !await LeadsTeamOfAsync(user, churchId, ct))
        {
            throw RefusedException.Forbidden("Only the church's point person or a team leader forwards a request.");
        }

        if (request.State != RequestState.Open)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not open", $"A request that is {request.State} is not forwarded.");
        }

        var chosen = (input.UserIds ?? []).Distinct().ToList();
        var responders = await RespondersOf(churchId).ToListAsync(ct);
        if (chosen.Count == 0 || chosen.Any(u => !responders.Contains(u)))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["userIds"] = ["Choose one or more responders of your church."] });
        }

        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        var me = user.UserId();
        var from = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(ct);
        await outbox.ToPeopleAsync(chosen, new RequestForwardedEmail(id, church, from, request.Need, request.Urgency.ToString().ToLowerInvariant(), request.Description), id, digestible: false, ct);
        await db.SaveChangesAsync(ct);
        return chosen.Count;
    }

    /// <summary>The church's responders a request was forwarded to (its point person's and team leaders' view).</summary>
    public async Task<List<string>> ForwardedToAsync(int id, int churchId, CancellationToken ct)
    {
        var responders = RespondersOf(churchId);
        return await db.Notifications.AsNoTracking().Where(n => n.CareRequestId == id && n.Kind == "request-forwarded" && responders.Contains(n.RecipientId))
            .Join(db.Users, n => n.RecipientId, u => u.Id, (n, u) => u.DisplayName).Distinct().OrderBy(n => n).ToListAsync(ct);
    }

    /// <summary>
    /// The agency's view of the churches on a request: each church's responses and items, deliveries and message thread.
    /// The responders' email and phone only when asked for, and that view is recorded like a read of the private details.
    /// </summary>
    public async Task<List<ChurchThreadView>> ThreadsAsync(ClaimsPrincipal user, int id, bool withContacts, CancellationToken ct) =>
        await ThreadsAsync(user, await workflow.ReadAsync(user, id, ct), withContacts, ct);

    /// <summary>The same for a request the caller has already read through <see cref="ReadRequest.ReadAsync"/>.</summary>
    public async Task<List<ChurchThreadView>> ThreadsAsync(ClaimsPrincipal user, CareRequest request, bool withContacts, CancellationToken ct)
    {
        ThrowUnlessStaff(user, request);
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
        ThrowUnlessStaff(user, request);
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

    private static void ThrowUnlessStaff(ClaimsPrincipal user, CareRequest request)
    {
        if (!RequestPermissions.IsAgencyStaff(user, request))
        {
            throw RefusedException.Forbidden("Only the agency sees the churches' responses.");
        }
    }

    /// <summary>The request and which side the user is on: its agency staff, or the people of churches it went to (anyone else: 404).</summary>
    private async Task<(CareRequest Request, bool Staff, IReadOnlyList<int> Churches)> SideAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        if (RequestPermissions.IsAgencyStaff(user, request))
        {
            return (request, true, Array.Empty<int>());
        }

        var reached = await ReachedAsync(user, request, ct);
        // Platform admins read every request but belong to no church: they see no thread.
        return reached.Count > 0 || RequestPermissions.Allows(user, request, RequestOperation.Read) ? (request, false, reached) : throw RefusedException.NotFound();
    }

    private IQueryable<string> RespondersOf(int churchId)
    {
        var teams = db.Organisations.Where(o => o.ParentId == churchId && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        return db.Memberships.Where(m => m.Role == Roles.Responder && (m.OrganisationId == churchId || teams.Contains(m.OrganisationId))).Select(m => m.UserId).Distinct();
    }

    private async Task<bool> LeadsTeamOfAsync(ClaimsPrincipal user, int churchId, CancellationToken ct)
    {
        var leaderOf = user.OrganisationsWithRole(Roles.TeamLeader);
        return leaderOf.Count > 0 && await db.Organisations.AnyAsync(o => leaderOf.Contains(o.Id) && o.ParentId == churchId, ct);
    }

    private async Task<int> ChurchForAsync(ClaimsPrincipal user, CareRequest request, int? churchId, CancellationToken ct)
    {
        var reached = await ReachedAsync(user, request, ct);
        if (churchId is { } chosen ? !reached.Contains(chosen) : reached.Count != 1)
        {
            throw reached.Count == 0
                ? RefusedException.Forbidden("This request did not go to your church.")
                : RefusedException.Invalid(new Dictionary<string, string[]> { ["churchId"] = ["Say which of your churches answers."] });
        }

        return churchId ?? reached[0];
    }

    private static RefusedException Taken(CareRequest request, List<int> taken) =>
        new(StatusCodes.Status409Conflict, "Already being met",
            taken.Count == 0
                ? "Every item of this request is being met already."
                : $"Another church is already meeting {string.Join(", ", request.Items.Where(i => taken.Contains(i.Id)).Select(i => i.Name))}. Choose other items, or write to the caseworker.",
            new Dictionary<string, object?> { ["itemIds"] = taken });
}

public sealed record ChurchRequestView(
    ChurchRequestPart Request,
    int ChurchId,
    string ChurchName,
    IReadOnlyList<int> YourChurches,
    double Miles,
    int Round,
    IReadOnlyList<ChurchItemView> Items,
    bool Committed,
    bool Leads,
    bool IsPointPerson,
    bool MayReadPrivate,
    IReadOnlyList<DeliveryView> Deliveries);

public enum ItemStatus
{
    Needed,
    OurChurch,
    OtherChurch,
}

public sealed record ChurchItemView(int Id, string Name, int Quantity, ItemStatus Status);

public sealed record DeliveryInput(int? ChurchId, string? Note);

public sealed record DeliveryView(string By, string? Note, DateTimeOffset At);

public sealed record ForwardInput(int? ChurchId, IReadOnlyList<string>? UserIds);

public sealed record ResponderResponseView(string Responder, string? Email, string? Phone, string? Message, DateTimeOffset At);

public sealed record ChurchThreadView(int ChurchId, string Church, IReadOnlyList<ResponderResponseView> Responses, IReadOnlyList<string> Items,
    IReadOnlyList<DeliveryView> Deliveries, IReadOnlyList<MessageView> Messages);

public sealed record ResponseInput(int? ChurchId, IReadOnlyList<int>? ItemIds, string? Message);

public sealed record ResponseView(int RequestId, int ChurchId, IReadOnlyList<int> ItemIds);

public sealed record ItemClaimView(int ItemId, string Name, int Quantity, bool BeingMet, bool ByYourChurch, string? Church);

public sealed record AssignmentInput(string? UserId);

public sealed record MessageInput(int? ChurchId, string? Body);

public sealed record MessageView(long Id, int ChurchId, string From, string Body, DateTimeOffset At);

public sealed record ConnectionInput(int? ChurchId, string? Kind, DateOnly? StartedOn, DateOnly? EndedOn, string? Note);

public sealed record ConnectionView(int Id, int RequestId, int ChurchId, string Church, string Kind, DateOnly StartedOn, DateOnly? EndedOn, string? Note, int FollowUpsSent)
{
    public static ConnectionView From(Connection c, string church) => new(c.Id, c.CareRequestId, c.ChurchId, church, c.Kind, c.StartedOn, c.EndedOn, c.Note, c.FollowUpsSent);
}
