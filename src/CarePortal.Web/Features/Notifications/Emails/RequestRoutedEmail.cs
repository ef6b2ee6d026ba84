namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// A new request reached a church: to each of its people, with the public description, the items with quantities and the
/// children's ages and sizes (never a name), urgency, due date and distance, and a one-tap "Yes, I can help" made for that
/// person alone (<paramref name="YesLink"/>, which opens a page that asks once more).
/// </summary>
public sealed record RequestRoutedEmail(
    int RequestId, string ChurchName, string Need, string Urgency, string Description, string Miles, string Items, string ForWhom, string Due, string YesLink) : Email
{
    public override string Kind => "request-routed";

    public override string Subject => $"A {Urgency} need near you: {Need}";

    public override string Path => $"/Churches/Request/{RequestId}";
}
