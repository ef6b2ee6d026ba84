namespace CarePortal.Web.Features.Requests;

/// <summary>What a request's page says after an action it redirected from (post-redirect-get): what happened, and what comes next.</summary>
public static class RequestConfirmations
{
    public static string Submitted(CareRequest request) => request.State == RequestState.Open
        ? $"Request {request.Id} is submitted and open: the churches near the family hear of it now."
        : $"Request {request.Id} is submitted: it waits for {Approver(request.Route)} to approve it. You are told when they decide.";

    public static string Saved(CareRequest request) => $"Saved request {request.Id} ({request.State.Name().ToLowerInvariant()}).";

    public static string Moved(CareRequest request) => request.State switch
    {
        RequestState.Paused => $"Request {request.Id} is paused: churches see it as paused until you resume it.",
        RequestState.Cancelled => $"Request {request.Id} is cancelled: it is left out of every figure.",
        _ => $"Request {request.Id} is open to churches again.",
    };

    public static string Closed(CareRequest request) => request.State switch
    {
        RequestState.ClosedFullyMet => $"Request {request.Id} is closed as fully met. The churches that helped are thanked.",
        RequestState.ClosedPartiallyMet => $"Request {request.Id} is closed as partly met. The churches that helped are thanked.",
        _ => $"Request {request.Id} is closed as not met.",
    };

    public const string PrivateSaved = "Saved the private details. They are shown again only when asked for, and each view is recorded.";

    public static string Attached(Attachment attachment) =>
        $"Attached {attachment.FileName} as {AttachmentKinds.Label(attachment.Kind)}.";

    public static string Decided(Decision decision, int id) => decision switch
    {
        Decision.Approve => $"Request {id} is approved and open to churches.",
        Decision.Return => $"Request {id} went back to its writer with your note.",
        _ => $"Request {id} is denied; its writer is told with your note.",
    };

    public static string Approver(ApprovalRoute route) => route switch
    {
        ApprovalRoute.Supervisor => "the supervisor",
        ApprovalRoute.RegionalManager => "the regional CarePortal manager",
        _ => "the county representative",
    };
}
