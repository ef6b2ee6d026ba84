namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The seam by which the rest of the platform hears that a request opened (STYLE.md lesson 15): Requests owns it and calls it
/// wherever a request opens (a submission needing no approval, the last approval); routing implements it (Churches'
/// <c>Openings</c>), so Requests never names the churches.
/// </summary>
public interface IRequestOpenedListener
{
    /// <summary>The request opens in the caller's coming save: adds the listener's own rows to that save.</summary>
    void Opening(CareRequest request);

    /// <summary>After that save: returns once the listener has acted on the openings (routing: churches chosen and told) or stopped waiting.</summary>
    Task OpenedAsync(CancellationToken cancellationToken);
}
