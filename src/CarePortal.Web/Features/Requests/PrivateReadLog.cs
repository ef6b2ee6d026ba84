using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The one way a read of private data (the details, an attachment, the responders' contacts) is answered and recorded for
/// the agency admin's audit log. Over HTTP, a read asked from another site is refused before anything is read: a link, form
/// or script elsewhere must not make a signed-in person's browser read (and so record) private data (the browser says where
/// the request came from in <c>Sec-Fetch-Site</c>; same-origin and typed or bookmarked addresses pass). The answer is marked
/// <c>no-store</c>, so no browser or proxy cache keeps it. The read is recorded when the answer starts, and only when it is a
/// success: a read that fails (a lost file, an answer that cannot be written) is no read. It is written by a database context
/// of its own, so nothing else the request had pending is saved with it.
/// </summary>
public sealed class PrivateReadLog(IHttpContextAccessor http, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>
    /// Whether the browser says the request was started by another site (a link, form or script there). Same-origin, typed or
    /// bookmarked (none) and clients that send no fetch metadata (API clients with a token) are not.
    /// </summary>
    public static bool FromAnotherSite(HttpRequest request) => request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site";

    /// <summary>Whether the request being answered was started by another site (<see cref="FromAnotherSite(HttpRequest)"/>).</summary>
    public bool AskedFromAnotherSite => http.HttpContext is { } context && FromAnotherSite(context.Request);

    /// <summary>Refuses (403) a read asked from another site; call it before reading.</summary>
    public void ThrowIfFromAnotherSite()
    {
        if (http.HttpContext is { } context && FromAnotherSite(context.Request))
        {
            throw new RefusedException(StatusCodes.Status403Forbidden, "Opened from another site",
                "Private details open only from CarePortal's own pages: open the request and choose to show them.");
        }
    }

    /// <summary>Records that <paramref name="userId"/> read <paramref name="what"/> of the request: as the answer that shows it starts, or now outside HTTP.</summary>
    public async Task RecordAsync(int requestId, string userId, string what, CancellationToken ct)
    {
        ThrowIfFromAnotherSite();
        var read = new PrivateDetailsRead { CareRequestId = requestId, UserId = userId, What = what, At = clock.GetUtcNow() };
        await RecordWhenShownAsync(db => db.PrivateDetailsReads.Add(read), ct);
    }

    /// <summary>
    /// Records the row <paramref name="add"/> puts in a database context of its own, by the rules of a read above: the answer
    /// not stored, the row written as the answer starts and only if that answer shows what was read (now, outside HTTP): a
    /// success, or the page shown again with a refusal's message (a 400 or 422 form that keeps the page's emails); never a
    /// server error, the error page or ProblemDetails a refusal became, nor what a handler read before it was refused. Also
    /// for a view of contact data that belongs to no request (AuditLog's <c>ContactViews</c>), whose caller asks
    /// <see cref="AskedFromAnotherSite"/> first.
    /// </summary>
    public async Task RecordWhenShownAsync(Action<AppDbContext> add, CancellationToken ct)
    {
        if (http.HttpContext is not { } context)
        {
            await SaveAsync(add, ct);
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        var refusals = RefusalPageFilter.RefusalsCaught(context);
        context.Response.OnStarting(() => Shows(context, refusals) ? SaveAsync(add, CancellationToken.None) : Task.CompletedTask);
    }

    /// <summary>Whether the answer starting shows what was read after <paramref name="refusals"/> refusals: see <see cref="RecordWhenShownAsync"/>.</summary>
    private static bool Shows(HttpContext context, int refusals) =>
        RefusalPageFilter.RefusalsCaught(context) == refusals
        && (context.Response.StatusCode is >= 200 and < 300
            || (context.Response.StatusCode is >= 400 and < 500 && RefusalPageFilter.ShowedThePageAgain(context)));

    /// <summary>Records now a read shown inside a refusal: a save over someone else's answers 409 with their details.</summary>
    public async Task RecordShownInRefusalAsync(int requestId, string userId, string what, CancellationToken ct)
    {
        if (http.HttpContext is { } context)
        {
            context.Response.Headers.CacheControl = "no-store";
        }

        var read = new PrivateDetailsRead { CareRequestId = requestId, UserId = userId, What = what, At = clock.GetUtcNow() };
        await SaveAsync(db => db.PrivateDetailsReads.Add(read), ct);
    }

    private async Task SaveAsync(Action<AppDbContext> add, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        add(db);
        await db.SaveChangesAsync(ct);
    }
}
