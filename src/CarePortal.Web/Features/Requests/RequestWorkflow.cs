using System.Security.Claims;
using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Everything a person can do to a request, for the API and the pages alike. Each method authorizes, checks,
/// and saves once, so that a refusal leaves nothing behind.
/// </summary>
public sealed class RequestWorkflow(
    AppDbContext db,
    IAuthorizationService authorization,
    DescriptionReview review,
    AttachmentStore files,
    TimeProvider clock,
    IRequestOpenedListener opened,
    Approvals.ApprovalNotices approvalNotices,
    CoworkerReads.CoworkerReadRule coworkerReads,
    Training.TrainingStatus training,
    PrivateReadLog privateReads)
{
    public async Task<CareRequest> CreateAsync(ClaimsPrincipal user, RequestInput input, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(RequestValidation.Check(input));
        var me = user.UserId();
        var offices = user.OrganisationsWithRole(Roles.Caseworker).Concat(user.OrganisationsWithRole(Roles.Supervisor)).Distinct().ToList();
        int? officeId = input.OfficeId ?? (offices.Count == 1 ? offices[0] : null);
        // The agency of the writer's office; a county representative writes for their counties without an office.
        int? officeAgencyId = null;
        if (officeId is { } office && offices.Contains(office))
        {
            officeAgencyId = await db.Organisations.Where(o => o.Id == office && o.Kind == OrganisationKind.Office)
                .Select(o => o.Parent!.Parent!.ParentId).SingleAsync(cancellationToken);
        }
        else if (offices.Count == 0 && user.HasRoleAt(Roles.CountyRepresentative, input.CountyId))
        {
            officeId = null;
        }
        else
        {
            throw offices.Count > 1 && input.OfficeId is null
                ? RefusedException.Invalid(new Dictionary<string, string[]> { ["officeId"] = ["Name the office the request is written for."] })
                : RefusedException.Forbidden("Only caseworkers, supervisors and county representatives write requests, for their own office or counties.");
        }

        var county = await db.Organisations.Where(o => o.Id == input.CountyId && o.Kind == OrganisationKind.County)
            .Select(o => new { o.Id, RegionId = o.ParentId!.Value, AgencyId = o.Parent!.ParentId!.Value })
            .SingleOrDefaultAsync(cancellationToken);
        if (county is null || (officeAgencyId is { } agency && county.AgencyId != agency))
        {
            ThrowIfInvalid(new Dictionary<string, string[]> { ["countyId"] = ["Choose a county of your agency."] });
        }

        var request = new CareRequest
        {
            CaseworkerId = me,
            OfficeId = officeId,
            AgencyId = county!.AgencyId,
            RegionId = county.RegionId,
            CountyId = county.Id,
            Need = input.Need!,
            Description = "",
            Zip = "",
            CreatedAt = clock.GetUtcNow(),
        };
        await CopyAsync(input, request, cancellationToken);
        db.Requests.Add(request);
        await SaveAsync(cancellationToken);
        return request;
    }

    public async Task<CareRequest> UpdateAsync(ClaimsPrincipal user, int id, RequestInput input, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.Edit);
        var editable = request.State is RequestState.Draft or RequestState.ReturnedForChanges
            || (request.State == RequestState.AwaitingApproval && RequestPermissions.IsApprover(user, user.UserId(), request));
        if (!editable)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not editable",
                $"A request that is {request.State} can be edited only by its approver while awaiting approval, or by its writer as a draft.");
        }

        ThrowIfInvalid(RequestValidation.Check(input));
        if (input.CountyId != request.CountyId)
        {
            ThrowIfInvalid(new Dictionary<string, string[]> { ["countyId"] = ["The county cannot change; write a new request instead."] });
        }

        await CopyAsync(input, request, cancellationToken);
        await SaveAsync(cancellationToken);
        return request;
    }

    public async Task<CareRequest> ReadAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.Read);
        return request;
    }

    /// <summary>The request with the agency's own fields (the edit page): for its agency staff; another reader (a church, the platform admin) gets 403.</summary>
    public async Task<CareRequest> ReadAsAgencyAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(user, id, cancellationToken);
        return RequestPermissions.IsAgencyStaff(user, request)
            ? request
            : throw RefusedException.Forbidden("Only the request's agency staff see its exception reason, the alternatives tried and the coworker reads.");
    }

    /// <summary>The same as <see cref="ReadAsync"/> for showing the request, not changing it: not tracked, without its attachments, one statement.</summary>
    public async Task<CareRequest> ReadToShowAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await RequestReads.ToShowAsync(db, id, cancellationToken) ?? throw RefusedException.NotFound();
        await AuthorizeAsync(user, request, RequestOperation.Read);
        return request;
    }

    public async Task<(PrivateDetails Details, IReadOnlyList<Attachment> Attachments)> ReadPrivateAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizePrivateReadAsync(user, request, cancellationToken);
        privateReads.ThrowIfFromAnotherSite();
        var details = await db.PrivateDetails.AsNoTracking().SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken)
            ?? new PrivateDetails { CareRequestId = id };
        await privateReads.RecordAsync(id, user.UserId(), "details", cancellationToken);
        return (details, request.Attachments);
    }

    /// <summary>Who read the private details of a request, and when: the agency admin's audit log.</summary>
    public async Task<List<AuditView>> AuditAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.ReadAudit);
        return await db.PrivateDetailsReads.AsNoTracking().Where(r => r.CareRequestId == id).OrderBy(r => r.Id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new AuditView(u.Email ?? u.Id, r.What, r.At))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the whole of the private details and answers their new version. A save naming an older version than the stored
    /// one (unless it changes nothing), or losing a race to another save, is refused with both versions (409): never a mix.
    /// </summary>
    public async Task<int> SetPrivateAsync(ClaimsPrincipal user, int id, PrivateDetailsInput input, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.EditPrivate);
        ThrowIfNotLive(request);
        ThrowIfInvalid(RequestValidation.Check(input));
        var details = await db.PrivateDetails.SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken);
        if (input.Version is { } read && read != (details?.Version ?? 0) && PrivateDetailsConflict.Differs(input, details))
        {
            throw await PrivateConflictAsync(user, id, input, cancellationToken);
        }

        if (details is null)
        {
            details = new PrivateDetails { CareRequestId = id, Version = 1 };
            db.PrivateDetails.Add(details);
        }

        var trimmed = PrivateDetailsConflict.Trimmed(input);
        details.DeliveryDirections = trimmed.DeliveryDirections;
        details.Payee = trimmed.Payee;
        details.AccountNumber = trimmed.AccountNumber;
        details.AmountOwed = trimmed.AmountOwed;
        details.PaymentType = trimmed.PaymentType;
        details.HowToPayDirectly = trimmed.HowToPayDirectly;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save came first: its insert took the key, or its update the version.
            db.ChangeTracker.Clear();
            if (!await db.PrivateDetails.AnyAsync(p => p.CareRequestId == id, cancellationToken))
            {
                throw;
            }

            throw await PrivateConflictAsync(user, id, input, cancellationToken);
        }

        return details.Version;
    }

    /// <summary>The refusal with both versions; showing theirs is a read of the private details, audited like any other.</summary>
    private async Task<RefusedException> PrivateConflictAsync(ClaimsPrincipal user, int id, PrivateDetailsInput yours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var theirs = await db.PrivateDetails.AsNoTracking().SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken);
        if (theirs is not null)
        {
            await privateReads.RecordShownInRefusalAsync(id, user.UserId(), "details", cancellationToken);
        }

        return PrivateDetailsConflict.Refusal(yours, theirs ?? new PrivateDetails { CareRequestId = id });
    }

    public async Task<Attachment> AttachAsync(ClaimsPrincipal user, int id, AttachmentKind kind, IFormFile file, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.EditPrivate);
        ThrowIfNotLive(request);
        if (!Enum.IsDefined(kind))
        {
            ThrowIfInvalid(new Dictionary<string, string[]> { ["kind"] = [AttachmentKinds.Sentence] });
        }

        var attachment = new Attachment
        {
            Id = Guid.NewGuid(),
            CareRequestId = id,
            Kind = kind,
            FileName = Path.GetFileName(file.FileName),
            ContentType = "",
            Length = file.Length,
            UploadedById = user.UserId(),
            UploadedAt = clock.GetUtcNow(),
        };
        attachment.ContentType = await files.SaveAsync(attachment.Id, file, cancellationToken);
        try
        {
            db.Attachments.Add(attachment);
            await SaveAsync(cancellationToken);
        }
        catch
        {
            files.Delete(attachment.Id);
            throw;
        }

        return attachment;
    }

    public async Task<(Attachment Attachment, Stream Content)> OpenAttachmentAsync(ClaimsPrincipal user, int id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizePrivateReadAsync(user, request, cancellationToken);
        var attachment = request.Attachments.SingleOrDefault(a => a.Id == attachmentId) ?? throw RefusedException.NotFound();
        privateReads.ThrowIfFromAnotherSite();
        var content = files.Open(attachmentId);
        await privateReads.RecordAsync(id, user.UserId(), $"attachment:{attachmentId:N}", cancellationToken);
        return (attachment, content);
    }

    /// <summary>Reviews the description and sends the request to its approver, or opens it when no approval is needed.</summary>
    public async Task<CareRequest> SubmitAsync(ClaimsPrincipal user, int id, SubmitInput input, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.Submit);
        if (!RequestStateMachine.Allows(request.State, RequestAction.Submit))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Transition not allowed", $"A request that is {request.State} cannot be submitted.");
        }

        if (request.CaseworkerId == user.UserId() && await training.MustCompleteBeforeRequestAsync(request.CaseworkerId, cancellationToken))
        {
            throw RefusedException.Forbidden("Your agency asks caseworkers to complete the training (/Training) before their first request. The draft is kept.");
        }

        if (await coworkerReads.MissingReadAsync(user, request, cancellationToken) is { } readNeeded)
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Coworker read needed", readNeeded);
        }

        if (!input.FamilyConsent)
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Consent needed",
                "Confirm that the family could read this description and would agree to share it.");
        }

        if (Needs.NeedingBill.Contains(request.Need) && !request.Attachments.Any(a => a.Kind is AttachmentKind.Bill or AttachmentKind.Lease))
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Bill or lease needed",
                "A rent or utility request cannot be submitted without a copy of the bill or lease attached.");
        }

        if (Needs.AgeAppropriate.Contains(request.Need) && request.Children.Count == 0)
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Children's ages needed",
                "Say the age of each child (and the size, where it matters) so partners bring what fits.");
        }

        var result = review.Review(request.Description, request.Need);
        var (blockers, exceptionMissing) = ReviewGate.Check(result, request, ReviewGate.RouteAskedFor(result));
        if (blockers.Count > 0 || exceptionMissing)
        {
            throw ReviewGate.Refusal(result, blockers.Count > 0
                ? "Blocking findings stop submission; warnings and suggestions do not."
                : "A gift card or cash exception goes to the regional manager with the reason and the other options that were tried.");
        }

        request.Route = result.Approver switch
        {
            Approver.Supervisor => ApprovalRoute.Supervisor,
            Approver.RegionalManager => ApprovalRoute.RegionalManager,
            _ => await AgencyRouteAsync(user, request, cancellationToken),
        };
        if (request.Route == ApprovalRoute.Supervisor && request.SupervisorId is null && request.OfficeId is null)
        {
            ThrowIfInvalid(new Dictionary<string, string[]> { ["supervisorId"] = ["Name the supervisor who approves this request."] });
        }

        var now = clock.GetUtcNow();
        request.FamilyConsent = true;
        request.SubmittedAt = now;
        request.ReminderSentAt = null;
        if (request.Route == ApprovalRoute.None)
        {
            Open(request, RequestAction.Submit, user.UserId(), now, null);
            opened.Opening(request);
        }
        else
        {
            RequestStateMachine.Apply(request, RequestAction.Submit, RequestState.AwaitingApproval, user.UserId(), now, null);
            await approvalNotices.AskAsync(request, cancellationToken);
        }

        await SaveAsync(cancellationToken);
        await opened.OpenedAsync(cancellationToken);
        return request;
    }

    public async Task<CareRequest> DecideAsync(ClaimsPrincipal user, int id, Decision decision, string? note, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.Read);
        if (request.State != RequestState.AwaitingApproval)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not awaiting approval",
                $"This request is {request.State}: it no longer waits for a decision.");
        }

        await AuthorizeAsync(user, request, RequestOperation.Decide);
        if (decision != Decision.Approve && string.IsNullOrWhiteSpace(note))
        {
            ThrowIfInvalid(new Dictionary<string, string[]> { ["note"] = ["Say why, in a note to the caseworker."] });
        }

        if (decision == Decision.Approve)
        {
            // The approver may have edited the description: it is reviewed again as it stands now, whoever wrote it.
            var result = review.Review(request.Description, request.Need);
            var (blockers, exceptionMissing) = ReviewGate.Check(result, request, request.Route);
            if (blockers.Count > 0 || exceptionMissing)
            {
                throw ReviewGate.Refusal(result, blockers.Count > 0
                    ? "The description has blocking findings, so it cannot be approved: edit it to remove them, or return it to the caseworker."
                    : "A gift card or cash exception cannot be approved without the reason and the other options that were tried.");
            }
        }

        var now = clock.GetUtcNow();
        switch (decision)
        {
            case Decision.Approve:
                Open(request, RequestAction.Approve, user.UserId(), now, note);
                opened.Opening(request);
                break;
            case Decision.Return:
                RequestStateMachine.Apply(request, RequestAction.Return, RequestState.ReturnedForChanges, user.UserId(), now, note);
                break;
            default:
                RequestStateMachine.Apply(request, RequestAction.Deny, RequestState.Denied, user.UserId(), now, note);
                request.ClosedAt = now;
                break;
        }

        await SaveAsync(cancellationToken);
        await opened.OpenedAsync(cancellationToken);
        return request;
    }

    public async Task<CareRequest> MoveAsync(ClaimsPrincipal user, int id, RequestAction action, string? note, CancellationToken cancellationToken)
    {
        var (operation, to) = action switch
        {
            RequestAction.Pause => (RequestOperation.Pause, RequestState.Paused),
            RequestAction.Resume => (RequestOperation.Pause, RequestState.Open),
            RequestAction.Cancel => (RequestOperation.Cancel, RequestState.Cancelled),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Use the close, submit or decide operations."),
        };
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, operation);
        if (action == RequestAction.Cancel && string.IsNullOrWhiteSpace(note))
        {
            ThrowIfInvalid(new Dictionary<string, string[]> { ["note"] = ["Say why the request is cancelled (a duplicate, a mistake …)."] });
        }

        var now = clock.GetUtcNow();
        RequestStateMachine.Apply(request, action, to, user.UserId(), now, note);
        if (action == RequestAction.Cancel)
        {
            request.ClosedAt = now;
        }

        await SaveAsync(cancellationToken);
        return request;
    }

    public async Task<CareRequest> CloseAsync(ClaimsPrincipal user, int id, CloseInput input, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, RequestOperation.Close);
        var (action, to) = input.Outcome switch
        {
            CloseOutcome.FullyMet => (RequestAction.CloseFullyMet, RequestState.ClosedFullyMet),
            CloseOutcome.PartiallyMet => (RequestAction.ClosePartiallyMet, RequestState.ClosedPartiallyMet),
            _ => (RequestAction.CloseNotMet, RequestState.ClosedNotMet),
        };
        if (!RequestStateMachine.Allows(request.State, action, to))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Transition not allowed",
                $"A request that is {request.State} cannot be closed as {input.Outcome}.");
        }

        var errors = new Dictionary<string, string[]>();
        if (input.Outcome == CloseOutcome.NotMet)
        {
            if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > 2000)
            {
                errors["reason"] = ["Say why the need was not met."];
            }
        }
        else
        {
            var outcomes = input.ChildOutcomes ?? [];
            if (outcomes.Count == 0 || outcomes.Any(o => !Needs.ChildOutcomes.Contains(o)))
            {
                errors["childOutcomes"] = [$"Say what the help meant for the child: {string.Join(", ", Needs.ChildOutcomes)}."];
            }

            if (input.Rating is not (>= 1 and <= 5))
            {
                errors["rating"] = ["Rate the help from 1 to 5."];
            }
        }

        if (input.Outcome == CloseOutcome.PartiallyMet)
        {
            var given = input.ItemsGiven ?? [];
            if (given.Count == 0 || given.Any(g => g is null || request.Items.SingleOrDefault(i => i.Id == g.ItemId) is not { } item || g.Quantity < 0 || g.Quantity > item.Quantity))
            {
                errors["itemsGiven"] = ["Say for each item of this request how many were actually given (0 up to the quantity asked)."];
            }
        }

        ThrowIfInvalid(errors);
        var now = clock.GetUtcNow();
        foreach (var item in request.Items)
        {
            item.QuantityGiven = input.Outcome switch
            {
                CloseOutcome.FullyMet => item.Quantity,
                CloseOutcome.PartiallyMet => input.ItemsGiven!.FirstOrDefault(g => g.ItemId == item.Id)?.Quantity ?? 0,
                _ => 0,
            };
        }

        request.NotMetReason = input.Outcome == CloseOutcome.NotMet ? input.Reason!.Trim() : null;
        request.ChildOutcomes = input.Outcome == CloseOutcome.NotMet ? [] : [.. input.ChildOutcomes!.Distinct()];
        request.Rating = input.Outcome == CloseOutcome.NotMet ? null : input.Rating;
        request.ClosedAt = now;
        RequestStateMachine.Apply(request, action, to, user.UserId(), now, input.Note);
        await SaveAsync(cancellationToken);
        return request;
    }

    /// <summary>The requests the user may read, newest first (<see cref="RequestAccess"/>).</summary>
    public IQueryable<CareRequest> Visible(ClaimsPrincipal user) => RequestAccess.Readable(db, user).AsNoTracking().OrderByDescending(r => r.Id);

    /// <summary>The requests waiting for this user's decision, oldest first.</summary>
    public IQueryable<CareRequest> ApprovalQueue(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var offices = user.OrganisationsWithRole(Roles.Supervisor);
        var counties = user.OrganisationsWithRole(Roles.CountyRepresentative);
        var regions = user.OrganisationsWithRole(Roles.RegionalManager);
        return db.Requests.AsNoTracking()
            .Where(r => r.State == RequestState.AwaitingApproval)
            .Where(r => (r.Route == ApprovalRoute.Supervisor
                    && (r.SupervisorId == me || (r.SupervisorId == null && r.OfficeId != null && offices.Contains(r.OfficeId.Value))))
                || (r.Route == ApprovalRoute.CountyRepresentative && counties.Contains(r.CountyId))
                || (r.Route == ApprovalRoute.RegionalManager && regions.Contains(r.RegionId)))
            .OrderBy(r => r.Id);
    }

    private async Task<ApprovalRoute> AgencyRouteAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        var option = await db.Organisations.Where(o => o.Id == request.AgencyId).Select(o => o.ApprovalOption).SingleAsync(cancellationToken);
        switch (option)
        {
            case ApprovalOption.NamedSupervisor:
                // Requests approvers enter themselves go live at once.
                if (user.HasRoleAt(Roles.Supervisor, request.OfficeId) || user.HasRoleAt(Roles.CountyRepresentative, request.CountyId))
                {
                    return ApprovalRoute.None;
                }

                if (request.SupervisorId is null)
                {
                    ThrowIfInvalid(new Dictionary<string, string[]> { ["supervisorId"] = ["Name the supervisor who approves this request."] });
                }

                return ApprovalRoute.Supervisor;
            case ApprovalOption.CountyRepresentative:
                return user.HasRoleAt(Roles.CountyRepresentative, request.CountyId) ? ApprovalRoute.None : ApprovalRoute.CountyRepresentative;
            default:
                return ApprovalRoute.None;
        }
    }

    private static void Open(CareRequest request, RequestAction action, string by, DateTimeOffset now, string? note)
    {
        RequestStateMachine.Apply(request, action, RequestState.Open, by, now, note);
        request.OpenedAt = now;
        request.DueAt = now + UrgencyWindows.Of(request.Urgency);
    }

    private async Task CopyAsync(RequestInput input, CareRequest request, CancellationToken cancellationToken)
    {
        if (input.SupervisorId is not null && input.SupervisorId != request.SupervisorId)
        {
            var isSupervisor = request.OfficeId is { } office && await db.Memberships.AnyAsync(
                m => m.UserId == input.SupervisorId && m.OrganisationId == office && m.Role == Roles.Supervisor, cancellationToken);
            if (!isSupervisor)
            {
                ThrowIfInvalid(new Dictionary<string, string[]> { ["supervisorId"] = ["Name a supervisor of the request's office."] });
            }
        }

        request.SupervisorId = input.SupervisorId ?? request.SupervisorId;
        request.Need = input.Need!;
        request.Tier = input.Tier;
        request.Description = input.Description!.Trim();
        request.Zip = input.Zip!;
        request.Urgency = input.Urgency;
        request.ExceptionReason = Trim(input.ExceptionReason);
        request.AlternativesTried = Trim(input.AlternativesTried);
        db.RequestItems.RemoveRange(request.Items);
        request.Items.Clear();
        request.Items.AddRange(input.Items!.Select(i => new RequestItem { Name = i.Name!.Trim(), Quantity = i.Quantity, UnitValue = i.UnitValue }));
        db.RemoveRange(request.Children);
        request.Children.Clear();
        request.Children.AddRange((input.Children ?? []).Select(c => new RequestChild { Age = c.Age, Gender = c.Gender, Size = string.IsNullOrWhiteSpace(c.Size) ? null : c.Size.Trim() }));
    }

    /// <summary>Saves once; when someone else changed the request since it was read, nothing is saved and the caller hears 409.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Changed meanwhile",
                "Someone else changed this request while you were working on it; reload it and try again.");
        }
    }

    private async Task<CareRequest> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Requests.Include(r => r.Items).Include(r => r.Children).Include(r => r.Attachments).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw RefusedException.NotFound();

    /// <summary>Someone who may not read the request learns nothing of it (404); a reader without the right gets 403.</summary>
    private async Task AuthorizeAsync(ClaimsPrincipal user, CareRequest request, RequestOperation operation)
    {
        if (!(await authorization.AuthorizeAsync(user, request, new RequestRequirement(RequestOperation.Read))).Succeeded)
        {
            throw RefusedException.NotFound();
        }

        if (operation != RequestOperation.Read && !(await authorization.AuthorizeAsync(user, request, new RequestRequirement(operation))).Succeeded)
        {
            throw RefusedException.Forbidden($"Your roles do not allow {operation} on this request.");
        }
    }

    /// <summary>
    /// Agency readers as <see cref="RequestPermissions"/> says, and while the request is open the committed church's point person
    /// and assigned responders (after it closes the church still reads the public part, never the private details: 403).
    /// </summary>
    private async Task AuthorizePrivateReadAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        if (!RequestPermissions.Allows(user, request, RequestOperation.ReadPrivate)
            && request.State == RequestState.Open
            && (await authorization.AuthorizeAsync(user, request, new RequestRequirement(RequestOperation.Read))).Succeeded
            && await Churches.Responses.MayReadPrivateAsync(db, user, request.Id, cancellationToken))
        {
            return;
        }

        await AuthorizeAsync(user, request, RequestOperation.ReadPrivate);
    }

    private static void ThrowIfNotLive(CareRequest request)
    {
        if (request.State is not (RequestState.Draft or RequestState.ReturnedForChanges or RequestState.AwaitingApproval or RequestState.Open or RequestState.Paused))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Request closed", $"A request that is {request.State} cannot change.");
        }
    }

    private static void ThrowIfInvalid(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
