namespace CarePortal.Web.Features.Requests;

/// <summary>The private details as the request page and the composer post them, with the version they were filled from.</summary>
public sealed class PrivateDetailsForm
{
    /// <summary>The version the form was filled from, sent back so that a save over someone else's is refused.</summary>
    public int? Version { get; set; }

    public string? DeliveryDirections { get; set; }

    public string? Payee { get; set; }

    public string? AccountNumber { get; set; }

    public decimal? AmountOwed { get; set; }

    public string? PaymentType { get; set; }

    public string? HowToPayDirectly { get; set; }

    public static PrivateDetailsForm From(PrivateDetails p) => new()
    {
        Version = p.Version, DeliveryDirections = p.DeliveryDirections, Payee = p.Payee, AccountNumber = p.AccountNumber,
        AmountOwed = p.AmountOwed, PaymentType = p.PaymentType, HowToPayDirectly = p.HowToPayDirectly,
    };

    public PrivateDetailsInput ToInput() => new(DeliveryDirections, Payee, AccountNumber, AmountOwed, PaymentType, HowToPayDirectly, Version);
}
