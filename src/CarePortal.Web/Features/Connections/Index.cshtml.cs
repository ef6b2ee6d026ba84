using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Connections;

/// <summary>Connections that went on after a need was met: a church's own (<c>?churchId=</c>), or those of the agency person's requests.</summary>
public sealed class IndexModel(ListConnections connections) : PageModel
{
    public IReadOnlyList<ConnectionView> Connections { get; private set; } = [];

    public int? ChurchId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? churchId, CancellationToken ct)
    {
        ChurchId = churchId;
        Connections = await connections.ConnectionsAsync(User, churchId, ct);
        return Page();
    }
}
