using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Training;

/// <summary>
/// Whether a person has completed the training, and whether their agency asks them to before their first request.
/// Requests asks <see cref="MustCompleteBeforeRequestAsync"/> through its seam <see cref="Requests.IWriterReadiness"/> (the composer, submitting).
/// </summary>
public sealed class TrainingStatus(AppDbContext db) : Requests.IWriterReadiness
{
    public async Task<bool> IsCompleteAsync(string userId, CancellationToken cancellationToken = default) =>
        await CompletedAtAsync(userId, cancellationToken) is not null;

    public async Task<DateTimeOffset?> CompletedAtAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.TrainingProgress.Where(p => p.UserId == userId).Select(p => p.CompletedAt).SingleOrDefaultAsync(cancellationToken);

    /// <summary>True when one of the person's agencies requires the training, they have not completed it and have submitted no request yet (drafts do not count).</summary>
    public async Task<bool> MustCompleteBeforeRequestAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await IsCompleteAsync(userId, cancellationToken)
            || await db.Requests.AnyAsync(r => r.CaseworkerId == userId && r.State != Requests.RequestState.Draft, cancellationToken))
        {
            return false;
        }

        var agencies = await AgenciesOfAsync(userId, cancellationToken);
        return await db.TrainingRequirements.AnyAsync(r => agencies.Contains(r.AgencyId) && r.RequiredBeforeFirstRequest, cancellationToken);
    }

    public async Task<bool> IsRequiredAsync(int agencyId, CancellationToken cancellationToken = default) =>
        await db.TrainingRequirements.AnyAsync(r => r.AgencyId == agencyId && r.RequiredBeforeFirstRequest, cancellationToken);

    /// <summary>The agencies above every organisation the person belongs to.</summary>
    public async Task<List<int>> AgenciesOfAsync(string userId, CancellationToken cancellationToken)
    {
        var tree = await OrganisationTree.LoadAsync(db, cancellationToken);
        var organisations = await db.Memberships.Where(m => m.UserId == userId).Select(m => m.OrganisationId).ToListAsync(cancellationToken);
        return [.. organisations.Select(tree.AgencyOf).OfType<int>().Distinct()];
    }
}

/// <summary>The organisation tree in memory (a few thousand rows at most), for walking up to an agency or down to offices.</summary>
public sealed class OrganisationTree
{
    private readonly Dictionary<int, Organisation> byId;

    private OrganisationTree(List<Organisation> all) => byId = all.ToDictionary(o => o.Id);

    public static async Task<OrganisationTree> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        new(await db.Organisations.AsNoTracking().ToListAsync(cancellationToken));

    public Organisation? this[int id] => byId.GetValueOrDefault(id);

    public int? AgencyOf(int id)
    {
        for (var current = byId.GetValueOrDefault(id); current is not null; current = current.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
        {
            if (current.Kind == OrganisationKind.Agency)
            {
                return current.Id;
            }
        }

        return null;
    }

    /// <summary>The offices at or below <paramref name="id"/>.</summary>
    public IEnumerable<int> OfficesUnder(int id) =>
        byId.Values.Where(o => o.Kind == OrganisationKind.Office && IsUnder(o.Id, id)).Select(o => o.Id);

    private bool IsUnder(int id, int ancestor)
    {
        for (var current = byId.GetValueOrDefault(id); current is not null; current = current.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
        {
            if (current.Id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
