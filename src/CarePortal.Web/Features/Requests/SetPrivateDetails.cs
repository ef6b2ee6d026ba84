using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Saves the whole of the private details and answers their new version. A save naming an older version than the stored
/// one, or naming none once details are stored (a stale copy, or a save of one field, would silently undo or clear someone
/// else's), unless it changes nothing, or losing a race to another save, is refused with both versions (409): never a mix.
/// </summary>
public sealed class SetPrivateDetails(AppDbContext db, RequestStore requests, PrivateReadLog privateReads)
{
    public async Task<int> RunAsync(ClaimsPrincipal user, int id, PrivateDetailsInput input, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.EditPrivate, cancellationToken);
        RequestStore.ThrowIfNotLive(request);
        FieldChecks.ThrowIfInvalid(input);
        var details = await db.PrivateDetails.SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken);
        // No version read is "none stored" (0): once details are stored, a save must say which version it replaces.
        if ((input.Version ?? 0) != (details?.Version ?? 0) && PrivateDetailsConflict.Differs(input, details))
        {
            throw await ConflictAsync(user, id, input, cancellationToken);
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

            throw await ConflictAsync(user, id, input, cancellationToken);
        }

        return details.Version;
    }

    /// <summary>
    /// Saves only the fields given a value, keeping the others as stored: what the request page's form sends when it was not
    /// filled from the stored details (private details are shown only when asked for), where an empty field means "as saved",
    /// not "clear". Written over the version read here, so a save in between is refused like any other (409).
    /// </summary>
    public async Task<int> RunGivenAsync(ClaimsPrincipal user, int id, PrivateDetailsInput given, CancellationToken cancellationToken)
    {
        await requests.LoadAsync(user, id, RequestOperation.EditPrivate, cancellationToken);
        var stored = await db.PrivateDetails.AsNoTracking().SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken);
        var g = PrivateDetailsConflict.Trimmed(given);
        var merged = stored is null
            ? g with { Version = null }
            : new PrivateDetailsInput(g.DeliveryDirections ?? stored.DeliveryDirections, g.Payee ?? stored.Payee, g.AccountNumber ?? stored.AccountNumber,
                g.AmountOwed ?? stored.AmountOwed, g.PaymentType ?? stored.PaymentType, g.HowToPayDirectly ?? stored.HowToPayDirectly, stored.Version);
        db.ChangeTracker.Clear();
        return await RunAsync(user, id, merged, cancellationToken);
    }

    /// <summary>The refusal with both versions; showing theirs is a read of the private details, audited like any other.</summary>
    private async Task<RefusedException> ConflictAsync(ClaimsPrincipal user, int id, PrivateDetailsInput yours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var theirs = await db.PrivateDetails.AsNoTracking().SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken);
        if (theirs is not null)
        {
            await privateReads.RecordShownInRefusalAsync(id, user.UserId(), "details", cancellationToken);
        }

        return yours.Version is null && theirs is not null
            ? PrivateDetailsConflict.VersionNeeded(yours, theirs)
            : PrivateDetailsConflict.Refusal(yours, theirs ?? new PrivateDetails { CareRequestId = id });
    }
}
