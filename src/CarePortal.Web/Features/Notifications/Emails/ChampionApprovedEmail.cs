namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a champion they were approved: they may now offer to provide or fund items of requests near them.</summary>
public sealed record ChampionApprovedEmail(string ChampionName) : Email
{
    public override string Kind => "champion-approved";

    public override string Subject => $"{ChampionName} is a CarePortal champion";

    public override string Path => "/Champions";
}
