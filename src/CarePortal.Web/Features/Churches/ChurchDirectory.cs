using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Where every church that takes requests is, how far it reaches and what it serves, held in memory on each node so that
/// choosing a request's churches needs no scan of the churches. Never stale: before each use it reads the one-row
/// <see cref="ChurchDirectoryVersion"/>, which database triggers bump in the same transaction as any change to a church's
/// place, radius, needs, pause or activity (by any node, any code, even SQL by hand), and reloads when it moved.
/// </summary>
public sealed class ChurchDirectory : IDisposable
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot? current;

    /// <summary>The active, unpaused churches as of now.</summary>
    public async Task<IReadOnlyList<ChurchCandidate>> ChurchesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Read before loading: a change committed in between makes the snapshot newer than its version, and the next use reloads.
        var version = await db.Set<ChurchDirectoryVersion>().AsNoTracking().Where(v => v.Id == ChurchDirectoryVersion.TheRow)
            .Select(v => v.Version).SingleAsync(cancellationToken);
        if (current is { } fresh && fresh.Version == version)
        {
            return fresh.Churches;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loaded && loaded.Version == version)
            {
                return loaded.Churches;
            }

            var rows = await db.Churches.AsNoTracking().Where(c => c.Active && !c.Paused)
                .Select(c => new { c.Id, c.Latitude, c.Longitude, c.RadiusMiles, c.Needs })
                .ToListAsync(cancellationToken);
            // Churches share a handful of need lists: one set each.
            var sets = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
            var churches = new ChurchesByLatitude(rows.Select(c => new ChurchCandidate(c.Id, new GeoPoint(c.Latitude, c.Longitude), c.RadiusMiles,
                    sets.TryGetValue(c.Needs, out var set) ? set : sets[c.Needs] = c.Needs.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
                    Paused: false, Active: true)));
            current = new Snapshot(version, churches);
            return churches;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Dispose() => loading.Dispose();

    private sealed record Snapshot(long Version, ChurchesByLatitude Churches);
}

/// <summary>One row whose <see cref="Version"/> the database bumps whenever a church changes where or what it serves.</summary>
public sealed class ChurchDirectoryVersion
{
    public const int TheRow = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}

internal sealed class ChurchDirectoryVersionConfiguration : IEntityTypeConfiguration<ChurchDirectoryVersion>
{
    public void Configure(EntityTypeBuilder<ChurchDirectoryVersion> builder)
    {
        builder.ToTable("ChurchDirectoryVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new ChurchDirectoryVersion { Id = ChurchDirectoryVersion.TheRow, Version = 0 });
    }
}
