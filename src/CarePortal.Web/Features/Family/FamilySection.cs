using System.Security.Claims;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Family;

/// <summary>The family's say on the request page of its agency staff (<see cref="IRequestPageSection"/>): their answers, and the way to ask them.</summary>
public sealed class FamilySection(FamilyOnRequest family) : IRequestPageSection
{
    public async Task<RequestPageSection> ShowAsync(ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, string? done, CancellationToken ct) =>
        new("/Features/Family/_FamilySection.cshtml", new FamilySectionView(await family.ReadAsync(request, ct),
            RequestPermissions.Allows(user, request, RequestOperation.Close)));

    public bool HasForm(string handler) => false;

    public Task<string> PostAsync(ClaimsPrincipal user, int id, string handler, IFormCollection form, CancellationToken ct) =>
        throw new NotSupportedException("The family's section posts to its own page, /Family/Ask.");
}

public sealed record FamilySectionView(FamilyView Family, bool MayAsk);
