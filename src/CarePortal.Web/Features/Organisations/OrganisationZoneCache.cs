using Microsoft.Extensions.Caching.Memory;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// The time zone found for a person's set of organisations, remembered for <see cref="KeptFor"/>: every page shows times in it,
/// and walking the organisation tree cost a query over every organisation on each page. A node that changes a zone forgets
/// them all at once; the other nodes show the change within <see cref="KeptFor"/>.
/// </summary>
public sealed class OrganisationZoneCache : IDisposable
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private readonly MemoryCache zones = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public bool TryGet(string organisations, out TimeZoneInfo zone) => zones.TryGetValue(organisations, out zone!);

    public void Keep(string organisations, TimeZoneInfo zone) =>
        zones.Set(organisations, zone, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    public void Forget() => zones.Clear();

    public void Dispose() => zones.Dispose();
}
