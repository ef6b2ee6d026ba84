using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

public sealed class CreateModel(RequestWorkflow workflow, AppDbContext db) : PageModel
{
    [BindProperty]
    public string Need { get; set; } = "clothing";

    [BindProperty]
    public int Tier { get; set; } = 1;

    [BindProperty]
    public string Description { get; set; } = "";

    [BindProperty]
    public string Zip { get; set; } = "";

    [BindProperty]
    public int CountyId { get; set; }

    [BindProperty]
    public Urgency Urgency { get; set; } = Urgency.Normal;

    [BindProperty]
    public string? SupervisorId { get; set; }

    [BindProperty]
    public string? ExceptionReason { get; set; }

    [BindProperty]
    public string? AlternativesTried { get; set; }

    [BindProperty]
    public List<ItemRow> Items { get; set; } = [new(), new(), new()];

    public IReadOnlyList<Organisation> Counties { get; private set; } = [];

    /// <summary>The supervisors of the offices the user writes for, to name one as approver.</summary>
    public IReadOnlyList<(string Id, string Name)> Supervisors { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new RequestInput(Need, Tier, Description, Zip, CountyId, Urgency,
            [.. Items.Where(i => !string.IsNullOrWhiteSpace(i.Name)).Select(i => new ItemInput(i.Name, i.Quantity, i.UnitValue))],
            string.IsNullOrWhiteSpace(SupervisorId) ? null : SupervisorId, ExceptionReason, AlternativesTried);
        try
        {
            var request = await workflow.CreateAsync(User, input, cancellationToken);
            return RedirectToPage("Details", new { id = request.Id });
        }
        catch (WorkflowException problem)
        {
            Error = problem.Message;
            PageErrors.Add(ModelState, problem);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counties = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.County).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var offices = User.OrganisationsWithRole(Roles.Caseworker).Concat(User.OrganisationsWithRole(Roles.Supervisor)).ToList();
        Supervisors = [.. (await db.Memberships.AsNoTracking()
            .Where(m => m.Role == Roles.Supervisor && offices.Contains(m.OrganisationId))
            .Select(m => new { m.UserId, m.User!.DisplayName })
            .Distinct()
            .ToListAsync(cancellationToken)).Select(s => (s.UserId, s.DisplayName))];
    }

    public sealed class ItemRow
    {
        public string? Name { get; set; }

        public int Quantity { get; set; } = 1;

        public decimal UnitValue { get; set; }
    }
}

/// <summary>Shows a refused operation's field errors beside the fields of a page.</summary>
public static class PageErrors
{
    public static void Add(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, WorkflowException problem)
    {
        if (problem.Extensions.TryGetValue("errors", out var value) && value is IDictionary<string, string[]> errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }
    }
}
