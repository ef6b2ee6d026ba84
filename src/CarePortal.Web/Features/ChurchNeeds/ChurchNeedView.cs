using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// A church's need as its people see it: no field for the private note (<see cref="ChurchNeedNoteView"/> carries it, to leaders,
/// recorded). <see cref="Findings"/>: the reviewer's non-blocking findings when it was just posted.
/// </summary>
public sealed record ChurchNeedView(
    int Id, int ChurchId, int? TeamId, string? Team, string Need, int Quantity, string Description, DateTimeOffset PostedAt, DateTimeOffset? MetAt,
    int Helping, bool IHelp, bool HasNote, IReadOnlyList<FindingView> Findings)
{
    public static ChurchNeedView Of(ChurchNeed n, string? team, int helping, bool iHelp, IReadOnlyList<FindingView>? findings = null) =>
        new(n.Id, n.ChurchId, n.TeamId, team, n.Need, n.Quantity, n.Description, n.PostedAt, n.MetAt, helping, iHelp, n.PrivateNote is not null, findings ?? []);
}

/// <summary>A need's private note, for the church's leaders; reading it is recorded.</summary>
public sealed record ChurchNeedNoteView(int Id, string? Note);
