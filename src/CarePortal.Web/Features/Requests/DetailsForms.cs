namespace CarePortal.Web.Features.Requests;

/// <summary>The closing form the request page posts (the private details' form is <see cref="PrivateDetailsForm"/>).</summary>
public sealed partial class DetailsModel
{
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
