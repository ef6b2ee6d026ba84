using CarePortal.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Organisations;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationView> All { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        All = (await OrganisationsEndpoints.List(db, cancellationToken)).Value ?? [];

    public IEnumerable<OrganisationView> ChildrenOf(int? parentId) => All.Where(o => o.ParentId == parentId);
}
