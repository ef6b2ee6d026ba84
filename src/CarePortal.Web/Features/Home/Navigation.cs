using System.Security.Claims;
using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.Home;

/// <summary>A link in the header, offered to the people who hold one of its roles.</summary>
public sealed record NavLink(string Text, string Href, IReadOnlyList<string> Roles);

/// <summary>The header's links, as data: each role is offered only the pages it may use.</summary>
public static class SiteNavigation
{
    private static readonly string[] AgencyReaders = [Roles.Caseworker, Roles.Supervisor, Roles.CountyRepresentative, Roles.RegionalManager];

    public static IReadOnlyList<NavLink> All { get; } =
    [
        new("Approvals", "/Approvals", Roles.Approvers),
        new("Requests", "/Requests", AgencyReaders),
        new("Write a request", "/Requests/Create", Roles.RequestWriters),
        new("Coworker reads", "/CoworkerReads", [Roles.Caseworker, Roles.Supervisor]),
        new("Church feed", "/Churches/Feed", [Roles.ChurchPointPerson, Roles.TeamLeader, Roles.Responder]),
        new("Church needs", "/ChurchNeeds", [Roles.ChurchPointPerson, Roles.TeamLeader, Roles.Responder]),
        new("Your church", "/Churches/Settings", [Roles.ChurchPointPerson]),
        new("Standing offers", "/Offers", [Roles.ChurchPointPerson, Roles.TeamLeader]),
        new("Churches", "/Churches", [Roles.PlatformAdmin]),
        new("Agencies", "/Platform", [Roles.PlatformAdmin]),
        new("Church applications", "/Platform/Churches", [Roles.PlatformAdmin]),
        new("Connections", "/Connections", [Roles.Caseworker]),
        new("Training", "/Training", [Roles.Caseworker, Roles.Supervisor, Roles.CountyRepresentative]),
        new("Team training", "/Training/Team", [Roles.Supervisor, Roles.RegionalManager]),
        new("County reach", "/Regions", [Roles.RegionalManager]),
        new("Reports", "/Reports", [Roles.Supervisor, Roles.CountyRepresentative, Roles.RegionalManager, Roles.AgencyAdmin, Roles.ChurchPointPerson, Roles.PlatformAdmin]),
        new("People", "/People", [Roles.AgencyAdmin]),
        new("Audit log", "/AuditLog", [Roles.AgencyAdmin]),
        new("Platform audit log", "/AuditLog/Platform", [Roles.PlatformAdmin]),
        new("Agency settings", "/Organisations/Settings", [Roles.AgencyAdmin]),
        new("Training settings", "/Training/Settings", [Roles.AgencyAdmin]),
        new("Organisations", "/Organisations", [Roles.AgencyAdmin, Roles.PlatformAdmin]),
    ];

    /// <summary>
    /// The church's roles, which change without ending the person's sessions (a point person made a responder, a leader removed
    /// from the church): a link for them is offered from the roles held now (<see cref="HeaderLinks"/>), never from the claims.
    /// </summary>
    public static IReadOnlyList<string> ChurchRoles { get; } = [Roles.ChurchPointPerson, Roles.TeamLeader, Roles.Responder];

    /// <summary>
    /// The links this person is offered, in the order above, each page once: by the claims for the agency's and the platform's
    /// roles (a change of those ends the sessions), by <paramref name="churchRolesNow"/> for the church's.
    /// </summary>
    public static IReadOnlyList<NavLink> For(ClaimsPrincipal user, IReadOnlyCollection<string> churchRolesNow) =>
        [.. All.Where(link => link.Roles.Any(role => ChurchRoles.Contains(role) ? churchRolesNow.Contains(role) : user.IsInRole(role))).DistinctBy(link => link.Href)];

    /// <summary>Whether <paramref name="href"/> is the page being shown (or a page under it, for a link that is not the home).</summary>
    public static bool IsCurrent(string href, PathString path) =>
        path.Equals(href, StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase) && !All.Any(l => l.Href != href && l.Href.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase) && path.StartsWithSegments(l.Href, StringComparison.OrdinalIgnoreCase)));
}
