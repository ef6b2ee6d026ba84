using System.Text;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>
/// An audit log's page (an agency's, a church's, the platform's: <see cref="AuditScope"/>): a table filtered by request, person,
/// action and days, a page at a time, or a CSV file; each page says whose log it opens and in which time zone.
/// </summary>
public abstract class AuditLogPage(ReadAuditLog log, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditQuery Query { get; set; } = new();

    public AuditScope Scope { get; private set; } = new(AuditScopeKind.Platform, null, "");

    public AuditPage Result { get; private set; } = new([], 0, 1);

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public string ZoneName => LocalTime.ZoneName(clock.GetUtcNow(), Zone);

    /// <summary>The actions its filter offers.</summary>
    public IReadOnlyList<(string Action, string Name)> Actions => AuditActions.For(Scope.Kind);

    /// <summary>Whose log the address opens, and its clock; refuses (404, 403) anyone the scope's rule does not let read it.</summary>
    protected abstract Task<(AuditScope Scope, TimeZoneInfo Zone)> OpenAsync(CancellationToken ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await CheckedAsync(ct))
        {
            Result = await log.RunAsync(User, Scope, Query, Zone, export: false, ct);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await CheckedAsync(ct))
        {
            return Page();
        }

        var result = await log.RunAsync(User, Scope, Query, Zone, export: true, ct);
        var csv = new StringBuilder("When,Who,What,Request,Whom,Detail\r\n");
        foreach (var line in result.Lines)
        {
            string[] cells = [TimeZoneInfo.ConvertTime(line.At, Zone).ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture), line.Who, line.Action, line.RequestId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", line.Whom ?? "", line.Detail ?? ""];
            csv.Append(string.Join(',', cells.Select(Csv.Cell))).Append("\r\n");
        }

        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"audit-log-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }

    /// <summary>Whether the log may be read and the filter run; a filter that cannot be run is said at its field (400).</summary>
    private async Task<bool> CheckedAsync(CancellationToken ct)
    {
        (Scope, Zone) = await OpenAsync(ct);
        foreach (var (field, messages) in Query.Check())
        {
            ModelState.AddModelError(field, messages[0]);
        }

        if (ModelState.IsValid)
        {
            return true;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }
}
