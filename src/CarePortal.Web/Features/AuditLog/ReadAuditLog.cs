using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>
/// An audit log (<see cref="AuditScope"/>: an agency's, a church's, the platform's): an agency's holds its administrators' acts,
/// every read of private details of its requests and every move of them; a church's and the platform's, the acts on them.
/// Filtered, newest first, a page at a time (or all of it, for the export). Every opening is itself an entry of the same log.
/// </summary>
public sealed class ReadAuditLog(AppDbContext db, AdminAudit audit)
{
    /// <summary>At most this many lines go into one CSV export.</summary>
    public const int ExportLimit = 50_000;

    public async Task<AuditPage> RunAsync(ClaimsPrincipal user, AuditScope scope, AuditQuery query, TimeZoneInfo zone, bool export, CancellationToken ct)
    {
        audit.Record(user, AuditActions.LogOpened, organisationId: scope.OrganisationId, detail: (export ? "CSV export: " : "") + query.Describe());
        await db.SaveChangesAsync(ct);

        var normalized = query.Person?.Trim().ToUpperInvariant();
        var personId = normalized is null ? null
            : await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync(ct) ?? "";
        var rows = Filtered(scope, query, personId, zone);
        var total = await rows.CountAsync(ct);
        var page = export
            ? await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Kind).ThenByDescending(r => r.Id).Take(ExportLimit).ToListAsync(ct)
            : await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Kind).ThenByDescending(r => r.Id)
                .Skip((query.Page - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize).ToListAsync(ct);
        var ids = page.SelectMany(r => new[] { r.ActorId, r.SubjectId }).OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        string? Name(string? id) => id is null ? null : people.GetValueOrDefault(id) is { } u
            ? string.IsNullOrEmpty(u.DisplayName) ? u.Email ?? u.Id : $"{u.DisplayName} ({u.Email})" : "a removed account";
        // An invitation names its invitee by the address the admin typed, never by the name an existing account holds: that would
        // tell the agency that the address is someone's account (of another agency, a church), as the invitation itself does not.
        string? Invitee(string? id) => id is null ? null : people.GetValueOrDefault(id)?.Email ?? "a removed account";
        return new AuditPage(
            [.. page.Select(r => new AuditLine(r.At, Name(r.ActorId) ?? "CarePortal", AuditActions.NameOf(r.ActionKey), r.RequestId,
                AuditActions.NamesAnInvitee(r.ActionKey) ? Invitee(r.SubjectId) : Name(r.SubjectId), r.Detail))],
            total,
            Math.Max(1, (total + AuditQuery.PageSize - 1) / AuditQuery.PageSize));
    }

    private IQueryable<AuditRow> Filtered(AuditScope scope, AuditQuery query, string? personId, TimeZoneInfo zone)
    {
        var acts = scope.Acts(db).Select(e => new AuditRow
        {
            Kind = 0, Id = e.Id, At = e.At, ActorId = e.UserId, SubjectId = e.SubjectUserId, RequestId = e.CareRequestId, Action = e.Action, Move = null, Detail = e.Detail,
        });
        return Filter(scope.Kind == AuditScopeKind.Agency ? AgencyRows(scope.OrganisationId!.Value, acts) : acts, query, personId, zone);
    }

    /// <summary>An agency's log: the moves and the reads of private details of its requests, then its acts.</summary>
    private IQueryable<AuditRow> AgencyRows(int agencyId, IQueryable<AuditRow> acts)
    {
        var requests = db.Requests.Where(r => r.AgencyId == agencyId);
        // The moves first: their action column has values, so the merged column takes the enum's mapping from them.
        var rows = db.RequestTransitions.Join(requests, t => t.CareRequestId, q => q.Id, (t, q) => new AuditRow
            {
                Kind = 2, Id = t.Id, At = t.At, ActorId = t.ByUserId, SubjectId = null, RequestId = t.CareRequestId, Action = null, Move = t.Action, Detail = null,
            })
            .Concat(db.PrivateDetailsReads.Join(requests, r => r.CareRequestId, q => q.Id, (r, q) => new AuditRow
            {
                Kind = 1, Id = r.Id, At = r.At, ActorId = r.UserId, SubjectId = null, RequestId = r.CareRequestId, Move = null,
                Action = r.What.StartsWith(AuditActions.AttachmentPrefix) ? AuditActions.AttachmentOpened
                    : r.What.StartsWith(AuditActions.ReceiptPrefix) ? AuditActions.ReceiptOpened
                    : r.What.StartsWith(AuditActions.ChampionContactPrefix) ? AuditActions.ChampionContactRead
                    : r.What == AuditActions.ContactsWhat ? AuditActions.ContactsRead : AuditActions.PrivateRead,
                Detail = r.What.StartsWith(AuditActions.AttachmentPrefix) ? r.What.Replace(AuditActions.AttachmentPrefix, "attachment ")
                    : r.What.StartsWith(AuditActions.ReceiptPrefix) ? r.What.Replace(AuditActions.ReceiptPrefix, "receipt of champion offer ")
                    : r.What.StartsWith(AuditActions.ChampionContactPrefix) ? r.What.Replace(AuditActions.ChampionContactPrefix, "email of the champion of offer ") : null,
            }))
            .Concat(acts);
        return rows;
    }

    private static IQueryable<AuditRow> Filter(IQueryable<AuditRow> rows, AuditQuery query, string? personId, TimeZoneInfo zone)
    {
        if (query.Request is { } request)
        {
            rows = rows.Where(r => r.RequestId == request);
        }

        if (personId is not null)
        {
            rows = rows.Where(r => r.ActorId == personId || r.SubjectId == personId);
        }

        if (query.Action is { } action)
        {
            rows = action.StartsWith(AuditActions.MovePrefix, StringComparison.Ordinal) && Enum.TryParse<RequestAction>(action[AuditActions.MovePrefix.Length..], out var move)
                ? rows.Where(r => r.Move == move)
                : rows.Where(r => r.Action == action);
        }

        if (query.From is { } from)
        {
            var start = LocalTime.StartOfDay(from, zone);
            rows = rows.Where(r => r.At >= start);
        }

        if (query.To is { } to)
        {
            var end = LocalTime.StartOfDay(to.AddDays(1), zone);
            rows = rows.Where(r => r.At < end);
        }

        return rows;
    }
}
