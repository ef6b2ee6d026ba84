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

    private static Results<Ok<ReviewView>, ValidationProblem> Review(ReviewInput input, DescriptionReview review)
    {
        if (input.Need is null || !Needs.All.Contains(input.Need))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["need"] = [$"Unknown need '{input.Need}'."] });
        }

        if (input.Text is null || input.Text.Length > RequestLimits.DescriptionLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Send the description, at most {RequestLimits.DescriptionLength} characters."] });
        }

        var result = review.Review(input.Text, input.Need);
        return TypedResults.Ok(new ReviewView(result.Verdict, result.Approver, [.. result.Findings.Select(FindingView.From)]));
    }
}

public sealed record ReviewInput(string? Text, string? Need);

public sealed record ReviewView(Verdict Verdict, Approver Approver, IReadOnlyList<FindingView> Findings);
