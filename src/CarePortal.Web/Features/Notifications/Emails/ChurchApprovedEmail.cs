namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a church's point person that the church was onboarded or its application approved.</summary>
public sealed record ChurchApprovedEmail(int ChurchId, string ChurchName) : Email
{
    public override string Kind => "church-approved";

    public override string Subject => $"{ChurchName} is on CarePortal";

    public override string Path => "/Churches/Settings";
}
