using System.Security.Claims;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// A section of the request page (<c>/Requests/Details/{id}</c>) that another feature shows to the request's agency staff,
/// and the forms it posts to that page: the seam through which the churches' threads appear there without the request
/// knowing the churches. The page asks each registered section; none registered, the page shows none.
/// </summary>
public interface IRequestPageSection
{
    /// <summary>The partial to render and its model, for the request's agency staff, from the request's entries read with the churches.</summary>
    Task<RequestPageSection> ShowAsync(ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, string? done, CancellationToken ct);

    /// <summary>Whether <paramref name="handler"/> is one of the section's forms.</summary>
    bool HasForm(string handler);

    /// <summary>Does what the section's form <paramref name="handler"/> posted; answers the sentence the page says after it.</summary>
    Task<string> PostAsync(ClaimsPrincipal user, int id, string handler, IFormCollection form, CancellationToken ct);
}

/// <summary>A partial view (by its path) and its model.</summary>
public sealed record RequestPageSection(string Partial, object Model);
