using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Training;

namespace CarePortal.Web.Features.Home;

/// <summary>Where the writer stands in "Learn Best Practices": done (with the certificate), started, or not yet.</summary>
public sealed class TrainingStanding(TrainingProgressStore store) : IHomeSection
{
    public string View => "_Training";

    public bool IsFor(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var saved = await store.ForUserAsync(viewer.User.UserId(), ct);
        return new TrainingCard(saved is not null, saved?.CompletedAt is { } done ? viewer.Day(done) : null);
    }
}

public sealed record TrainingCard(bool Started, string? CompletedOn);
