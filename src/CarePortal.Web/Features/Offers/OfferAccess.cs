using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// Who runs a church's standing offers, written once: its point person and the leaders of its teams (as forwarding and asking
/// nearby churches are), as the memberships say now (Churches' <see cref="ChurchLeads"/>). Lists filter with <see cref="ChurchesRun"/> in SQL; <see cref="OfferAuthorizationHandler"/> asks the
/// same of one offer. An approved champion's offers are theirs alone (Champions' <c>ChampionSide</c>).
/// </summary>
public static class OfferAccess
{
    /// <summary>The churches whose offers the user posts, changes and withdraws: those they run now (Churches' <see cref="ChurchLeads"/>).</summary>
    public static IQueryable<int> ChurchesRun(AppDbContext db, ClaimsPrincipal user) => ChurchLeads.RunBy(db, user);

    /// <summary>Whether the user runs some church now (the pages' and the API's first refusal).</summary>
    public static Task<bool> RunsAnyAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct) => ChurchesRun(db, user).AnyAsync(ct);

    /// <summary>Who sees the offers near a family while writing a request: the people who write requests, no one else.</summary>
    public static bool ReadsNearby(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public static void ThrowUnlessReadsNearby(ClaimsPrincipal user)
    {
        if (!ReadsNearby(user))
        {
            throw RefusedException.Forbidden("Only caseworkers, supervisors and county representatives see the offers near a family.");
        }
    }
}

public enum OfferOperation
{
    /// <summary>Post a new offer for the church (the resource names the church only).</summary>
    Post,

    /// <summary>Change or withdraw an offer of the church.</summary>
    Change,
}

public sealed record OfferRequirement(OfferOperation Operation) : IAuthorizationRequirement;

/// <summary>
/// Resource-based authorization of every action on an offer: the people who run its church (<see cref="OfferAccess.ChurchesRun"/>).
/// The database is taken only when the requirement is an offer's (the middleware builds every handler on every request).
/// </summary>
public sealed class OfferAuthorizationHandler(IServiceProvider services) : AuthorizationHandler<OfferRequirement, ChurchOffer>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OfferRequirement requirement, ChurchOffer resource)
    {
        // A champion's offer (no church) is no church's to change: its champion's side asks its own rule (Champions' ChampionSide).
        if (resource.ChurchId is { } church
            && await OfferAccess.ChurchesRun(services.GetRequiredService<AppDbContext>(), context.User).ContainsAsync(church))
        {
            context.Succeed(requirement);
        }
    }
}
