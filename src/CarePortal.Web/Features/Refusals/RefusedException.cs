namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// Carries a <see cref="Refusal"/> from where it is decided to the one place that answers it (the API's exception
/// handler, the pages' filter). Thrown before anything is saved, so nothing is half-done; nobody catches it by hand.
/// </summary>
public sealed class RefusedException(Refusal refusal) : Exception(refusal.Detail)
{
    /// <summary>A refusal with this status and title; an <c>errors</c> extension (field → messages) becomes its field errors.</summary>
    public RefusedException(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
        : this(new Refusal(status, title, detail)
        {
            Errors = extensions?.TryGetValue("errors", out var errors) == true && errors is IDictionary<string, string[]> fields
                ? new Dictionary<string, string[]>(fields)
                : new Dictionary<string, string[]>(),
            Extensions = extensions?.Where(e => e.Key != "errors").ToDictionary() ?? new Dictionary<string, object?>(),
        })
    {
    }

    public Refusal Refusal { get; } = refusal;

    public int Status => Refusal.Status;

    public static RefusedException NotFound(string detail = "No such request.") => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static RefusedException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static RefusedException Conflict(string title, string detail) => new(StatusCodes.Status409Conflict, title, detail);

    public static RefusedException BadRequest(string title, string detail) => new(StatusCodes.Status400BadRequest, title, detail);

    public static RefusedException Invalid(IDictionary<string, string[]> errors) =>
        new(Refusal.InvalidInputTemplate with { Errors = new Dictionary<string, string[]>(errors) });

    public static RefusedException Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
