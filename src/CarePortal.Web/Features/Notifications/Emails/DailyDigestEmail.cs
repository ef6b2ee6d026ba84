namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>One email a day instead of one per request, for people who chose the digest.</summary>
public sealed record DailyDigestEmail(int Count, string Needs) : Email
{
    public override string Kind => "daily-digest";

    public override string Subject => $"{Count} new needs near you today";

    public override string Path => "/Requests";
}
