namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a person their church's point person made them a responder.</summary>
public sealed record ResponderInvitedEmail(int ChurchId, string ChurchName) : Email
{
    public override string Kind => "responder-invited";

    public override string Subject => $"{ChurchName} invited you to respond on CarePortal";

    public override string Path => "/Accounts/Login";
}
