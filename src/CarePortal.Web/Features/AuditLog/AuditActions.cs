using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>The acts the audit log names, and how it says each one.</summary>
public static class AuditActions
{
    public const string Invited = "person-invited";
    public const string InvitationRevoked = "invitation-revoked";
    public const string RoleChanged = "person-role-changed";
    public const string Deactivated = "person-deactivated";
    public const string Reactivated = "person-reactivated";
    public const string PasswordResetSent = "password-reset-sent";
    public const string Reassigned = "request-reassigned";
    public const string LogOpened = "audit-log-opened";
    public const string AgencyPaused = "agency-paused";
    public const string AgencyReactivated = "agency-reactivated";

    /// <summary>A list or page of people's emails was viewed (<see cref="ContactViews"/>): one row per view.</summary>
    public const string ContactsViewed = "contacts-viewed";

    /// <summary>The reads of private details (their own table) show as this action, an attachment opened or the responders' contacts read as theirs.</summary>
    public const string PrivateRead = "private-details-read";
    public const string AttachmentOpened = "attachment-opened";
    public const string ContactsRead = "responder-contacts-read";
    public const string ReceiptOpened = "receipt-opened";
    public const string ChampionContactRead = "champion-contact-read";

    /// <summary>How the reads' table names an attachment (<c>attachment:{id}</c>) and the responders' contacts.</summary>
    public const string AttachmentPrefix = "attachment:";
    public const string ContactsWhat = "responder-contacts";

    /// <summary>How the reads' table names the receipt of a champion's funded item (<c>receipt:{offer id}</c>).</summary>
    public const string ReceiptPrefix = "receipt:";

    /// <summary>How the reads' table names the champion's email in the connecting church's view of an offer (<c>champion-contact:{offer id}</c>).</summary>
    public const string ChampionContactPrefix = "champion-contact:";

    /// <summary>The moves of requests (their own table) show as "request-moved:" and the move.</summary>
    public const string MovePrefix = "request-moved:";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [Invited] = "Invited a person",
        [InvitationRevoked] = "Revoked an invitation",
        [RoleChanged] = "Changed a role",
        [Deactivated] = "Deactivated a person",
        [Reactivated] = "Reactivated a person",
        [PasswordResetSent] = "Sent a password-reset link",
        [Reassigned] = "Reassigned a request",
        [LogOpened] = "Opened the audit log",
        [PrivateRead] = "Read private details",
        [AttachmentOpened] = "Opened an attachment",
        [ContactsRead] = "Read the responders' contacts",
        [ReceiptOpened] = "Opened a funding receipt",
        [ChampionContactRead] = "Read a champion's contact",
        ["agency-onboarded"] = "Onboarded the agency",
        [AgencyPaused] = "Paused the agency",
        [AgencyReactivated] = "Reactivated the agency",
        [ContactsViewed] = "Viewed people's contacts",
    };

    /// <summary>Every action the log can be filtered by, with its name: the administrators' acts, reads, then each kind of move.</summary>
    public static IReadOnlyList<(string Action, string Name)> All { get; } =
    [
        .. Names.Select(n => (n.Key, n.Value)),
        .. Enum.GetValues<RequestAction>().Select(a => (MovePrefix + a, "Request: " + a.Name())),
    ];

    public static string NameOf(string action) => All.FirstOrDefault(a => a.Action == action).Name ?? action;
}
