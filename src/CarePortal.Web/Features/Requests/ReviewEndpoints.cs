using System.ComponentModel.DataAnnotations;
using CarePortal.Review;
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

    /// <summary>The framework has checked the input's attributes before this runs (400 ProblemDetails otherwise).</summary>
    private static Ok<ReviewView> Review(ReviewInput input, DescriptionReview review)
    {
        var result = review.Review(input.Text!, input.Need!, input.Items);
        return TypedResults.Ok(new ReviewView(result.Verdict, result.Approver, [.. result.Findings.Select(FindingView.From)]));
    }
}

public sealed record ReviewInput(
    [property: Required(AllowEmptyStrings = true, ErrorMessage = "Send the description, at most 4000 characters.")]
    [property: MaxLength(RequestLimits.DescriptionLength, ErrorMessage = "Send the description, at most {1} characters.")]
    string? Text,
    [property: KnownNeed] string? Need,
    [property: MaxLength(RequestLimits.ItemCount, ErrorMessage = "Send at most {1} items."), ItemNames] IReadOnlyList<string?>? Items = null);

public sealed record ReviewView(Verdict Verdict, Approver Approver, IReadOnlyList<FindingView> Findings);
