using System.Security.Claims;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.Home;

/// <summary>One part of a person's home: what it shows and to whom. Its partial view (<see cref="View"/>) sits beside it.</summary>
public interface IHomeSection
{
    /// <summary>The partial view beside the section, e.g. <c>_Drafts</c>.</summary>
    string View { get; }

    bool IsFor(ClaimsPrincipal user);

    Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct);
}

/// <summary>Who is looking, the time zone the times are shown in, and the moment they look.</summary>
public sealed record HomeViewer(ClaimsPrincipal User, TimeZoneInfo Zone, DateTimeOffset Now)
{
    public string When(DateTimeOffset at) => LocalTime.Describe(at, Zone);

    public string Day(DateTimeOffset at) => LocalTime.Day(at, Zone);
}

/// <summary>A request in a home list: its number, need, a line about it and where to go.</summary>
public sealed record HomeRequest(int Id, string Need, string Line, string Href, string? Note = null);
