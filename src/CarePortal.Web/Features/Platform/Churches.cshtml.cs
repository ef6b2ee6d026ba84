using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Platform;

/// <summary>
/// The platform admin's churches: each application with what it takes to decide (where, how far, which needs, who applied
/// and whether they proved their address, churches already near), approved or declined here through <see cref="Decide"/>;
/// and the approved churches, paused or resumed through <see cref="Pause"/>. Each decision is audited by the action that makes it.
/// </summary>
public sealed class ChurchesModel(AppDbContext db, Decide decide, Pause pause, PersonTimeZone zones, AuditLog.ContactViews contacts) : PageModel, IShowsRefusals
{
    public const int PageSize = 25;

    public IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    public IReadOnlyList<ApprovedChurch> Approved { get; private set; } = [];

    public int ApprovedPages { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? Done { get; private set; }

    /// <summary>The application just refused a decision (its reason said beside it), with the reason as typed.</summary>
    public int? Deciding { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<DeclinedApplication> Declined { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        Zone = await zones.OfAsync(User, ct);
        var applied = await db.Churches.AsNoTracking().Where(c => c.Status == ChurchStatus.Applied).OrderBy(c => c.CreatedAt).Take(100)
            .Join(db.Users, c => c.PointPersonId, u => u.Id, (c, u) => new { c.Id, c.Organisation!.Name, c.Zip, c.RadiusMiles, c.Needs, c.CreatedAt, u.DisplayName, u.Email, u.EmailConfirmed })
            .ToListAsync(ct);
        var zips = applied.Select(a => a.Zip).Distinct().ToList();
        var near = await db.Churches.AsNoTracking().Where(c => c.Status == ChurchStatus.Approved && zips.Contains(c.Zip))
            .Select(c => new { c.Zip, c.Organisation!.Name }).ToListAsync(ct);
        Applications = [.. applied.Select(a => new ApplicationView(a.Id, a.Name, a.Zip, a.RadiusMiles, a.Needs.Split(',', StringSplitOptions.RemoveEmptyEntries),
            a.CreatedAt, a.DisplayName, a.Email, a.EmailConfirmed, [.. near.Where(n => n.Zip == a.Zip).Select(n => n.Name).Order(StringComparer.OrdinalIgnoreCase)]))];
        // The applicants' emails: each view recorded (ContactViews); none shown to a view another site started.
        if (Applications.Count > 0 && !await contacts.RecordAsync(User, "emails of the churches' applicants", null, ct))
        {
            Applications = [.. Applications.Select(a => a with { Email = null })];
        }

        Declined = await db.Churches.AsNoTracking().Where(c => c.Status == ChurchStatus.Declined).OrderByDescending(c => c.CreatedAt).Take(20)
            .Select(c => new DeclinedApplication(c.Id, c.Organisation!.Name, c.Zip, c.DeclineReason)).ToListAsync(ct);
        var approved = db.Churches.AsNoTracking().Where(c => c.Status == ChurchStatus.Approved);
        ApprovedPages = Math.Max(1, (await approved.CountAsync(ct) + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, ApprovedPages);
        Approved = await approved.OrderBy(c => c.Organisation!.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new ApprovedChurch(c.Id, c.Organisation!.Name, c.Zip, c.Paused)).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, bool approve, string? reason, CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        Deciding = id;
        Reason = reason;
        var church = await decide.DecideAsync(User, id, approve, ct, reason);
        Deciding = null;
        Reason = null;
        Done = approve
            ? $"{church.Organisation!.Name} is approved: its point person was emailed a link to take their place."
            : $"{church.Organisation!.Name} is declined: its applicant was emailed the reason.";
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPauseAsync(int id, bool paused, CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        var church = await pause.PauseAsync(User, id, paused, ct);
        Done = paused ? $"{church.Organisation!.Name} is paused: it gets no new requests." : $"{church.Organisation!.Name} gets new requests again.";
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = refusal.Status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}

public sealed record ApplicationView(int Id, string Name, string Zip, double? RadiusMiles, IReadOnlyList<string> Needs, DateTimeOffset AppliedAt,
    string? PointPerson, string? Email, bool EmailConfirmed, IReadOnlyList<string> ApprovedInSameZip);

public sealed record ApprovedChurch(int Id, string Name, string Zip, bool Paused);

public sealed record DeclinedApplication(int Id, string Name, string Zip, string? Reason);
