using System.Security.Claims;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Community;

/// <summary>The request's prayer and followers on its agency staff's page (<see cref="IRequestPageSection"/>): counts, and the public link.</summary>
public sealed class CommunitySection(ReadStanding standing) : IRequestPageSection
{
    public async Task<RequestPageSection> ShowAsync(
        ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, string? done, CancellationToken ct) =>
        new("/Features/Community/_Community.cshtml", await standing.RunAsync(user, request, null, ct));

    // Its forms post to the community's own page (Community/Act), not to the request page.
    public bool HasForm(string handler) => false;

    public Task<string> PostAsync(ClaimsPrincipal user, int id, string handler, IFormCollection form, CancellationToken ct) =>
        throw new InvalidOperationException("The community's forms post to /Community/Act.");
}
