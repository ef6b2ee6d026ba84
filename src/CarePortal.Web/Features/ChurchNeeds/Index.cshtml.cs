using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>The needs a church knows of itself, for its people: not met first; a link to post one for its needs leaders.</summary>
public sealed class IndexModel(ChurchNeedAccess access, ReadNeeds read) : PageModel
{
    public (int Id, string Name) Church { get; private set; }

    public IReadOnlyList<ChurchNeedView> Needs { get; private set; } = [];

    public bool MayPost { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? churchId, CancellationToken ct)
    {
        Church = await access.ChurchOfAsync(User, churchId, ct);
        Needs = await read.ListAsync(User, Church.Id, ct);
        MayPost = await access.MayPostAsync(User, Church.Id, ct);
        return Page();
    }
}
