using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Approvals;

/// <summary>The background service itself, driven only by the app's clock (a class of its own: it moves the clock far).</summary>
public abstract class ApprovalDeadlineServiceTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Background_service_reminds_then_expires_as_the_clock_moves()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.SubmitAsync(draft.Id);

        app.Clock.Advance(TimeSpan.FromDays(3));
        var reminded = await WaitAsync(() => app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == draft.Id && n.Kind == "approval-reminder")));
        var stateAfterReminder = (await caseworker.GetAsync(draft.Id)).State;
        app.Clock.Advance(TimeSpan.FromDays(1));
        var expired = await WaitAsync(async () => (await caseworker.GetAsync(draft.Id)).State == RequestState.ExpiredNotApproved);

        Assert.True(reminded, "no reminder after 3 business days");
        Assert.Equal(RequestState.AwaitingApproval, stateAfterReminder);
        Assert.True(expired, "not expired after 4 business days");
        Assert.Equal(1, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.CareRequestId == draft.Id && n.Kind == "approval-reminder")));
    }

    /// <summary>Once the jobs have caught up with the clock, checks the condition; moves the clock on by the service's interval until it holds.</summary>
    private async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(await app.Clock.SettledAsync(), "a background round is still running");
            if (await condition())
            {
                return true;
            }

            app.Clock.Advance(ApprovalDeadlineService.Interval);
        }

        return false;
    }
}

public sealed class ApprovalDeadlineServiceTests_Sqlite(SqliteApp app) : ApprovalDeadlineServiceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ApprovalDeadlineServiceTests_Postgres(PostgresApp app) : ApprovalDeadlineServiceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
