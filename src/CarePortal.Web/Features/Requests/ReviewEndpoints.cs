using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarePortal.Web.Features.Requests;

/// <summary>Reviews a description as it is typed (the composer), before anything is saved.</summary>
public static class ReviewEndpoints
{
    public static WebApplication MapReview(this WebApplication app)
    {
        app.MapPost("/api/review", Review).WithTags("Requests").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>
    /// The framework has checked the input's attributes before this runs (400 ProblemDetails otherwise). The writer's agency's
    /// glossary additions and need templates apply (someone of no agency, or of more than one, gets the reviewer's own).
    /// </summary>
    private static async Task<Ok<ReviewView>> Review(ReviewInput input, ClaimsPrincipal user, AppDbContext db, DescriptionReview review, CancellationToken ct)
    {
        var places = Roles.AgencyRoles.SelectMany(user.OrganisationsWithRole).Distinct().ToList();
        var agencies = places.Count == 0 ? [] : await AgenciesHolding.Of(db, places).Select(o => o.Id).Take(2).ToListAsync(ct);
        var result = await review.ReviewAsync(agencies.Count == 1 ? agencies[0] : null, input.Text!, input.Need!, input.Items, ct, input.Children);
        return TypedResults.Ok(new ReviewView(result.Verdict, result.Approver, [.. result.Findings.Select(FindingView.From)]));
    }
}

public sealed record ReviewInput(
    [property: Required(AllowEmptyStrings = true, ErrorMessage = "Send the description, at most 4000 characters.")]
    [property: MaxLength(RequestLimits.DescriptionLength, ErrorMessage = "Send the description, at most {1} characters.")]
    string? Text,
    [property: KnownNeed] string? Need,
    [property: MaxLength(RequestLimits.ItemCount, ErrorMessage = "Send at most {1} items."), ItemNames] IReadOnlyList<string?>? Items = null,
    [property: MaxLength(RequestLimits.ChildCount, ErrorMessage = "At most 12 children on one request."), RequestChildren] IReadOnlyList<ChildInput>? Children = null);

public sealed record ReviewView(Verdict Verdict, Approver Approver, IReadOnlyList<FindingView> Findings);
