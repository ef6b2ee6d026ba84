using System.Text;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>The agency admin's audit log: a table filtered by request, person, action and days, a page at a time, or a CSV file.</summary>
public sealed class IndexModel(AppDbContext db, IAgencyAdmins admins, ReadAuditLog log, PersonTimeZone zones, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditQuery Query { get; set; } = new();

    public int AgencyId { get; private set; }

    public string AgencyName { get; private set; } = "";

    public AuditPage Result { get; private set; } = new([], 0, 1);

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public string ZoneName => LocalTime.ZoneName(clock.GetUtcNow(), Zone);

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        if (await CheckedAsync(id, ct))
        {
            Result = await log.RunAsync(User, AgencyId, Query, Zone, export: false, ct);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(int? id, CancellationToken ct)
    {
        if (!await CheckedAsync(id, ct))
        {
            return Page();
        }

        var result = await log.RunAsync(User, AgencyId, Query, Zone, export: true, ct);
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
    private async Task<bool> CheckedAsync(int? id, CancellationToken ct)
    {
        (AgencyId, AgencyName) = await AdministeredAgency.OpenAsync(db, admins, User, id, "Only the agency's administrators read its audit log.", ct);

        Zone = await zones.OfAgencyAsync(AgencyId, ct);
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
