namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Asks the caseworker 30, 90 and 180 days after a connection began whether the child is still safely home and it goes on.</summary>
public sealed record FollowUpEmail(int RequestId, int ConnectionId, int Days, string ChurchName, string ConnectionKind) : Email
{
    public override string Kind => "follow-up";

    public override string Subject => $"{Days} days on: is the child still safely home?";

    public override string Path => $"/Connections/FollowUp/{ConnectionId}?days={Days}";
}
