namespace CarePortal.Web.Features.Refusals;

/// <summary>What a bare status means to a person, when nothing more specific was said (an unknown address, a stale form).</summary>
public static class StatusRefusals
{
    private static readonly Dictionary<int, Refusal> ByStatus = new Refusal[]
    {
        new(StatusCodes.Status400BadRequest, "Not understood",
            "CarePortal could not read what was sent. Go back, reload the page and try again."),
        new(StatusCodes.Status401Unauthorized, "Sign in first", "Sign in to CarePortal to see this."),
        new(StatusCodes.Status403Forbidden, "Not allowed", "You are signed in, but this is not yours to see or do."),
        new(StatusCodes.Status404NotFound, "Not found",
            "There is nothing at this address. Check the address, or start again from the start page."),
        RefusalPageFilter.MethodNotAllowed,
        new(StatusCodes.Status409Conflict, "Changed meanwhile", "This changed while you were working on it. Go back, look again and try once more."),
        new(StatusCodes.Status413PayloadTooLarge, "Too large", "What was sent is larger than CarePortal accepts."),
        new(StatusCodes.Status415UnsupportedMediaType, "Not understood", "CarePortal cannot read what was sent in this form."),
        new(StatusCodes.Status429TooManyRequests, "Too many requests", "Too many requests in a short time. Wait a minute and try again."),
        RefusalProblems.Unexpected,
        new(StatusCodes.Status503ServiceUnavailable, "Not available", "CarePortal cannot answer just now. Try again in a minute."),
    }.ToDictionary(r => r.Status);

    public static Refusal For(int status) =>
        ByStatus.TryGetValue(status, out var refusal) ? refusal
        : status is >= 400 and < 500 ? ByStatus[StatusCodes.Status400BadRequest] with { Status = status }
        : RefusalProblems.Unexpected with { Status = status };
}
