using CarePortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarePortal.Web.Features.Health;

public static class HealthEndpoints
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", Check).WithTags("Health").AllowAnonymous();
        return app;
    }

    /// <summary>200 when the database answers, 503 when it does not.</summary>
    private static async Task<Results<Ok<string>, ProblemHttpResult>> Check(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok("healthy")
            : TypedResults.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
