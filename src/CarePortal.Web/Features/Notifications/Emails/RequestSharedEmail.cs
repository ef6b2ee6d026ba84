namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A church asks a nearby church to help meet a request it cannot meet alone (public description only).</summary>
public sealed record RequestSharedEmail(int RequestId, string ChurchName, string FromChurch, string Need, string Urgency, string Description, string Miles) : Email
{
    public override string Kind => "request-shared";

    public override string Subject => $"{FromChurch} asks for help with a {Need} need near you";

    public override string Path => $"/Churches/Request/{RequestId}";
}
