using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

public sealed class IndexModel(ReadRequest read) : PageModel
{
    public IReadOnlyList<CareRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await read.Visible(User).Take(200).ToListAsync(cancellationToken);
}
