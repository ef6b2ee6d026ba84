namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the person who registered a champion that the registration was declined, and why.</summary>
public sealed record ChampionDeclinedEmail(string ChampionName, string Reason) : Email
{
    public override string Kind => "champion-declined";

    public override string Subject => $"The registration of {ChampionName} on CarePortal";

    public override string Path => "/Champions";
}
