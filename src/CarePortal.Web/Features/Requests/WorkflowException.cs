namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Why an operation on a request was refused, as the API's ProblemDetails and the page's message. Thrown before
/// anything is saved, so nothing is half-done.
/// </summary>
public sealed class WorkflowException(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    public static WorkflowException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "No such request.");

    public static WorkflowException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static WorkflowException Invalid(IDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, "Invalid input", "One or more fields are not valid.", new Dictionary<string, object?> { ["errors"] = errors });
}
