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

    /// <summary>A church's acts (its log: <see cref="AuditScope"/>), by the words its features record them with.</summary>
    private static readonly (string Action, string Name)[] ChurchActs =
    [
        ("church-onboarded", "Onboarded the church"), ("church-approved", "Approved the church's application"),
        ("church-declined", "Declined the church's application"), ("church-settings-changed", "Changed the church's settings"),
        ("church-paused", "Paused the church"), ("church-resumed", "Resumed the church"), ("church-profile-changed", "Changed the church's profile"),
        ("responder-invited", "Invited a responder"), ("responder-removed", "Removed a responder"), ("team-created", "Added a team"),
        ("team-leader-named", "Named a team leader"), ("team-settings-changed", "Changed a team's settings"),
        ("needs-leader-named", "Named a needs leader"), ("needs-leader-removed", "Took back a needs leader"),
        ("champion-funding-recorded", "Recorded a champion's funding"), ("champion-receipt-uploaded", "Uploaded a champion's receipt"),
        (ContactsViewed, "Viewed people's contacts"), (LogOpened, "Opened the audit log"),
    ];

    /// <summary>The platform's own acts (on no organisation).</summary>
    private static readonly (string Action, string Name)[] PlatformActs =
    [
        ("champion-approved", "Approved a champion"), ("champion-declined", "Declined a champion"),
        (ContactsViewed, "Viewed people's contacts"), (LogOpened, "Opened the audit log"),
    ];

    /// <summary>Every action the agency's log can be filtered by, with its name: the administrators' acts, reads, then each kind of move.</summary>
    public static IReadOnlyList<(string Action, string Name)> All { get; } =
    [
        .. Names.Select(n => (n.Key, n.Value)),
        .. Enum.GetValues<RequestAction>().Select(a => (MovePrefix + a, "Request: " + a.Name())),
    ];

    /// <summary>The actions a log of this kind holds, for its filter.</summary>
    public static IReadOnlyList<(string Action, string Name)> For(AuditScopeKind kind) => kind switch
    {
        AuditScopeKind.Church => ChurchActs,
        AuditScopeKind.Platform => PlatformActs,
        _ => All,
    };

    public static string NameOf(string action) =>
        All.Concat(ChurchActs).Concat(PlatformActs).FirstOrDefault(a => a.Action == action).Name ?? action;

    /// <summary>The acts whose person is an invitee, named by the address alone (the name an existing account holds would tell whose address it is).</summary>
    public static bool NamesAnInvitee(string action) => action is Invited or InvitationRevoked or "responder-invited" or "church-onboarded";
}
