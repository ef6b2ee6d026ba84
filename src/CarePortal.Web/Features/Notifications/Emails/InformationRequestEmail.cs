namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// A tier-3 request (a family wanting to become a foster or adoptive family) opened: to the agency's information contact
/// instead of churches, with the public part and the caseworker's name, never the private details (no name, no address, no phone).
/// </summary>
public sealed record InformationRequestEmail(int RequestId, string AgencyName, string ContactName, string Need, string Urgency, string Description, string CaseworkerName)
    : Email
{
    public const string KindName = "information-request";

    public override string Kind => KindName;

    public override string Subject => $"Request #{RequestId}: a family asks about fostering or adoption";

    public override string Path => $"/Requests/Details/{RequestId}";

    // The contact is an address the agency named, often without an account: no link to a page they could not open.
    public override string? NoticePath => null;

    public override string Layout => "_LayoutOutside";
}
