namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the caseworker how many churches an opened request reached.</summary>
public sealed record RequestSentToChurchesEmail(int RequestId, string Need, int Churches) : Email
{
    public override string Kind => "request-sent-to-churches";

    public override string Subject => $"Your {Need} request went to {Churches} churches";

    public override string Path => $"/Requests/Details/{RequestId}";
}
