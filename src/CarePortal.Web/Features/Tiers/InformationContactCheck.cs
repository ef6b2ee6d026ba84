using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// Asked before a request is submitted (<see cref="ISubmissionCheck"/>): a tier-3 request goes to the agency's information contact,
/// so without one it cannot be submitted (409, saying what to set); the draft is kept as it is.
/// </summary>
public sealed class InformationContactCheck(AppDbContext db) : ISubmissionCheck
{
    public const string NoContact = "A tier-3 request (becoming a foster or adoptive family) goes to your agency's information contact instead of churches, "
        + "and your agency has none yet. Ask your agency admin to set one under Agency settings, Information contact, then submit again: your draft is kept.";

    public async Task ThrowIfNotReadyAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        if (request.Tier == 3 && !await db.Organisations.AnyAsync(o => o.Id == request.AgencyId && o.InformationContactEmail != null, cancellationToken))
        {
            throw RefusedException.Conflict("No information contact", NoContact);
        }
    }
}
