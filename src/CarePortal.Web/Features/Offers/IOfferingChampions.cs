using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// Where Offers meets the champions (STYLE.md lesson 15): the approved champions whose standing offers may match, how far each
/// helps and whom to tell. Offers owns it; Champions implements it, so Offers never names a champion's row.
/// </summary>
public interface IOfferingChampions
{
    /// <summary>The champions whose offers match now (approved ones), in SQL: <see cref="OfferMatcher"/> joins its offers to it.</summary>
    IQueryable<OfferingChampion> Approved(AppDbContext db);

    /// <summary>
    /// Whether a connecting church near the family would take a champion's offer for this need: without one, no champion's
    /// offer matches (offering would be refused), so none is told and the caseworker is shown none.
    /// </summary>
    Task<bool> CanBePassedOnAsync(GeoPoint family, string need, int? countyId, CancellationToken ct);
}

/// <summary>
/// An approved champion as matching needs it: its id, how far from the offer's place it helps, the account told of a match, and
/// its kind in a word ("business"), which is all a caseworker reads of who offers.
/// </summary>
public sealed class OfferingChampion
{
    public int Id { get; init; }

    public double RadiusMiles { get; init; }

    public required string PersonId { get; init; }

    public required string Kind { get; init; }
}
