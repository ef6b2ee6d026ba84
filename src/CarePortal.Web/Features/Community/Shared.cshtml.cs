using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Community;

/// <summary>The public page of an open request, for anyone with its link (no sign-in); gone (404) once the request is not open.</summary>
[AllowAnonymous]
public sealed class SharedModel(ReadShared read) : PageModel
{
    public SharedRequestView Shared { get; private set; } = null!;

    public async Task OnGetAsync(string token, CancellationToken ct) => Shared = await read.RunAsync(token, ct);
}
