using System.Security.Claims;
using System.Security.Cryptography;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>
/// Makes (once) the public page of an open request's public part and answers its address: a random token, never the id.
/// Its agency staff and the people of a church it reached may share it.
/// </summary>
public sealed class SharePublicly(AppDbContext db, CommunitySide side, TimeProvider clock)
{
    public async Task<PublicLinkView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var request = await side.AuthorizeAsync(user, id, RequestOperation.SharePublicly, ct);
        if (request.State != RequestState.Open)
        {
            throw RefusedException.Conflict("Not open", $"Only an open request is shared; this one is {request.State.Name().ToLowerInvariant()}.");
        }

        if (await TokenOfAsync(id, ct) is { } token)
        {
            return new PublicLinkView(id, PublicLinkView.PathOf(token));
        }

        db.Add(new PublicLink { CareRequestId = id, Token = NewToken(), CreatedById = user.UserId(), At = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone shared it at the same moment: theirs is the request's one link.
            db.ChangeTracker.Clear();
        }

        return new PublicLinkView(id, PublicLinkView.PathOf((await TokenOfAsync(id, ct))!));
    }

    private Task<string?> TokenOfAsync(int id, CancellationToken ct) =>
        db.Set<PublicLink>().Where(l => l.CareRequestId == id).Select(l => l.Token).SingleOrDefaultAsync(ct);

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The address of a request's public page, relative to the site.</summary>
public sealed record PublicLinkView(int RequestId, string Path)
{
    public static string PathOf(string token) => $"/Community/Shared/{token}";
}
