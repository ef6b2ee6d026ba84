using CarePortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarePortal.Web.Features.Health;

/// <summary>
/// What a load balancer and a supervisor ask: <c>/health/live</c> (the process answers: restart it when it does not),
/// <c>/health/ready</c> (it can serve: the database answers; send it traffic only then). <c>/health</c> is the same as ready.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>A database slower than this counts as not answering, so that a probe never hangs on a dead server.</summary>
    public static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(3);

    public static WebApplication MapHealth(this WebApplication app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        health.MapGet("/", Ready);
        health.MapGet("/ready", Ready);
        health.MapGet("/live", () => TypedResults.Ok("alive"));
        return app;
    }

    /// <summary>200 when the database answers within <see cref="DatabaseTimeout"/>, 503 when it does not.</summary>
    private static async Task<Results<Ok<string>, ProblemHttpResult>> Ready(AppDbContext db, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DatabaseTimeout);
        bool answers;
        try
        {
            answers = await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            answers = false;
        }

        return answers
            ? TypedResults.Ok("ready")
            : TypedResults.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
