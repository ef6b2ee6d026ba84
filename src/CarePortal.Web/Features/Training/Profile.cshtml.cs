using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Training;

/// <summary>A person's training record: their own, or for their supervisor or regional manager, one of their office's people.</summary>
public sealed class ProfileModel(AppDbContext db, TrainingStatus status, TrainingRoster roster) : PageModel
{
    public string Name { get; private set; } = "";

    public string? Email { get; private set; }

    public bool Own { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        var me = User.UserId();
        Own = id is null || id == me;
        var userId = id ?? me;
        if (!Own && !(await roster.ForAsync(User, cancellationToken)).Any(o => o.People.Any(p => p.UserId == userId)))
        {
            return NotFound();
        }

        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        (Name, Email) = (person.DisplayName, person.Email);
        CompletedAt = await status.CompletedAtAsync(userId, cancellationToken);
        return Page();
    }
}
