using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.Reports;

/// <summary>What one report runs (its statements, for the asker's scope and filter) and the tree that names its rows.</summary>
public sealed record ReportPlan(ReportScope Scope, ReportFilter Filter, ReportSql Sql, string? Need, IReadOnlyDictionary<int, ReportNode> Tree, IReadOnlyList<string> Months)
{
    /// <summary>The one text a person gives (the need), as a parameter of the statements.</summary>
    public IReadOnlyDictionary<string, object>? Parameters => Need is null ? null : new Dictionary<string, object> { ["need"] = Need };

    public string Name(int id, string none) => Tree.TryGetValue(id, out var node) ? node.Name : none;

    /// <summary>Who the report is for, as its heading says.</summary>
    public string Audience => Scope switch
    {
        { Platform: true } => "the platform",
        { IsChurch: true } => "your church's responses",
        _ => string.Join(", ", Scope.Organisations.Select(id => Name(id, "?"))),
    };
}

/// <summary>An agency, region, county or office of the tree a report is cut by.</summary>
public sealed record ReportNode(int Id, string Name, OrganisationKind Kind, int? ParentId, string? TimeZone);
