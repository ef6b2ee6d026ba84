namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a church's point person that the church was onboarded or its application approved; <paramref name="Link"/> gives them the role.</summary>
public sealed record ChurchApprovedEmail(int ChurchId, string ChurchName, string Link, string Action) : Email
{
    public override string Kind => "church-approved";

    public override string Subject => $"{ChurchName} is on CarePortal";

    public override string Path => Link;

    // The link to /Accounts/Join is a one-time secret: it stays in the mailbox alone.
    public override string? NoticePath => null;
}
