namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the person who applied for a church that the application was declined, and why.</summary>
public sealed record ChurchDeclinedEmail(string ChurchName, string Reason) : Email
{
    public override string Kind => "church-declined";

    public override string Subject => $"The application of {ChurchName} to CarePortal";

    public override string Path => "/Churches/Apply";
}
