namespace CarePortal.Web.Features.Offers;

/// <summary>The offer pages' form, as typed: what posting and changing send (<see cref="OfferInput"/>).</summary>
public sealed class OfferForm
{
    public int? ChurchId { get; set; }

    public string? Need { get; set; }

    public string? Item { get; set; }

    public string? Zip { get; set; }

    public int? Quantity { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public OfferInput ToInput() => new(ChurchId, Need, Item, string.IsNullOrWhiteSpace(Zip) ? null : Zip.Trim(), Quantity, ExpiresOn);

    public static OfferForm From(OfferView offer) => new()
    {
        ChurchId = offer.ChurchId, Need = offer.Need, Item = offer.Item, Zip = offer.Zip, Quantity = offer.Quantity, ExpiresOn = offer.ExpiresOn,
    };

    /// <summary>The ModelState key of an API field (<c>expiresOn</c> → <c>Form.ExpiresOn</c>), so its message sits beside its field.</summary>
    public static string Key(string field) => field.Length == 0 ? field : "Form." + char.ToUpperInvariant(field[0]) + field[1..];
}
