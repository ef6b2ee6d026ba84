namespace CarePortal.Web.Tests;

/// <summary>The demo people the tests sign in as (docs/platform.md lists them).</summary>
public static class DemoPeople
{
    public const string Password = "CarePortal-demo-1";
    public const string Caseworker = "caseworker@dcs.example";
    public const string Caseworker2 = "caseworker2@dcs.example";
    public const string Supervisor = "supervisor@dcs.example";
    public const string CountyRepresentative = "county.rep@dcs.example";
    public const string RegionalManager = "regional.manager@dcs.example";
    public const string OtherRegionalManager = "regional.manager.middle@dcs.example";
    public const string AgencyAdmin = "agency.admin@dcs.example";
    public const string OtherSupervisor = "supervisor.davidson@dcs.example";
    public const string OtherCaseworker = "caseworker.davidson@dcs.example";
    public const string PointPerson = "pastor1@church.example";

    /// <summary>The point person of Hillsboro Baptist in Nashville, which the Knox County requests never reach.</summary>
    public const string FarPointPerson = "pastor8@church.example";
    public const string TeamLeader = "team.leader@church.example";
    public const string Responder = "responder@church.example";

    /// <summary>A responder of Grace Church Knoxville who is also its needs leader (posts the needs the church knows of).</summary>
    public const string NeedsLeader = "needs.leader@church.example";
    public const string PlatformAdmin = "admin@careportal.example";
}
