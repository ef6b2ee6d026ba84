namespace CarePortal.Web.Features.Accounts;

/// <summary>Every role of the product (PRODUCT.md, "People and roles"); a person holds a role in an organisation.</summary>
public static class Roles
{
    public const string Caseworker = "caseworker";
    public const string Supervisor = "supervisor";
    public const string CountyRepresentative = "county-representative";
    public const string RegionalManager = "regional-manager";
    public const string AgencyAdmin = "agency-admin";
    public const string ChurchPointPerson = "church-point-person";
    public const string TeamLeader = "team-leader";
    public const string Responder = "responder";

    /// <summary>Posts the needs the church knows of to its own teams; held at the church by one of its people, named by the point person.</summary>
    public const string NeedsLeader = "needs-leader";
    public const string PlatformAdmin = "platform-admin";

    public static IReadOnlyList<string> All { get; } =
    [
        Caseworker, Supervisor, CountyRepresentative, RegionalManager, AgencyAdmin,
        ChurchPointPerson, TeamLeader, Responder, NeedsLeader, PlatformAdmin,
    ];

    /// <summary>Agency staff who may write requests.</summary>
    public static IReadOnlyList<string> RequestWriters { get; } = [Caseworker, Supervisor, CountyRepresentative];

    public static IReadOnlyList<string> Approvers { get; } = [Supervisor, CountyRepresentative, RegionalManager];

    /// <summary>The agency's own roles, each given at one kind of place (see People/RolePlaces).</summary>
    public static IReadOnlyList<string> AgencyRoles { get; } = [Caseworker, Supervisor, CountyRepresentative, RegionalManager, AgencyAdmin];

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [Caseworker] = "caseworker", [Supervisor] = "supervisor", [CountyRepresentative] = "county representative",
        [RegionalManager] = "regional manager", [AgencyAdmin] = "agency admin", [ChurchPointPerson] = "church point person",
        [TeamLeader] = "team leader", [Responder] = "responder", [NeedsLeader] = "needs leader", [PlatformAdmin] = "platform admin",
    };

    /// <summary>One role as people say it, in lower case ("county representative").</summary>
    public static string Name(string role) => Names.GetValueOrDefault(role) ?? role;
}
