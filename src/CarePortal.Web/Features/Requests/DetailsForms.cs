namespace CarePortal.Web.Features.Requests;

/// <summary>The forms the request page posts: the private details and the closing.</summary>
public sealed partial class DetailsModel
{
    public sealed class PrivateDetailsForm
    {
        public string? DeliveryDirections { get; set; }

        public string? Payee { get; set; }

        public string? AccountNumber { get; set; }

        public decimal? AmountOwed { get; set; }

        public string? PaymentType { get; set; }

        public string? HowToPayDirectly { get; set; }
    }

    public sealed class CloseForm
    {
        public CloseOutcome Outcome { get; set; } = CloseOutcome.FullyMet;

        /// <summary>Item id → how many were actually given (partially met).</summary>
        public Dictionary<int, int> Given { get; set; } = [];

        public string? Reason { get; set; }

        public List<string> ChildOutcomes { get; set; } = [];

        public int? Rating { get; set; }
    }
}
