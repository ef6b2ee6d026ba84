using CarePortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>The request's prayer, followers and public link on a church's page of the request (which has read it already).</summary>
public sealed class CommunityBlock(AppDbContext db, ReadStanding standing) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int requestId, int churchId)
    {
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == requestId, HttpContext.RequestAborted);
        return View("/Features/Community/_Community.cshtml", await standing.RunAsync(UserClaimsPrincipal, request, churchId, HttpContext.RequestAborted));
    }
}
