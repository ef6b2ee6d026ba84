using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// Builds the monthly rollup (<see cref="RollupRow"/>): for every agency, each complete local month that is not built, was built
/// in another time zone, or has a fact that changed since (<see cref="StaleFact"/>). Each month in a transaction of its own;
/// safe on several nodes at once: on PostgreSQL a month is built under a transaction-scoped advisory lock taken without waiting
/// (a node finding it taken leaves the month to the node holding it), on SQLite under the one write lock; either way the month
/// is checked again once held, so each is built once.
/// </summary>
public sealed class ReportRollup(AppDbContext db, Statements statements, TimeProvider clock)
{
    /// <summary>One round over every agency; answers the months this node built.</summary>
    public async Task<IReadOnlyList<(int Agency, string Month)>> RunAsync(CancellationToken ct)
    {
        var agencies = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Agency)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.TimeZone }).ToListAsync(ct);
        var built = new List<(int, string)>();
        foreach (var agency in agencies)
        {
            if (await MonthsAsync(agency.Id, agency.TimeZone, ct) is not { } months)
            {
                continue;
            }

            foreach (var label in await statements.ReadAsync(new RollupSql(statements.Dialect).Due(months), r => (string)r[0], ct))
            {
                if (await BuildMonthAsync(agency.Id, agency.TimeZone, label, ct))
                {
                    built.Add((agency.Id, label));
                }
            }
        }

        return built;
    }

    /// <summary>The agency's complete months, from the first it has a fact in to the one before today's (in its zone); null when none.</summary>
    private async Task<ReportMonths?> MonthsAsync(int agency, string? timeZone, CancellationToken ct)
    {
        var first = (await statements.ReadAsync(RollupSql.First(agency), r => r[0] is DBNull ? (DateTimeOffset?)null : statements.Dialect.ReadTime(r[0]), ct)).Single();
        if (first is not { } at)
        {
            return null;
        }

        var zone = AgencyTimeZone.Of(timeZone);
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var to = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        from = new DateOnly(from.Year, from.Month, 1);
        return from > to ? null : ReportMonths.Of(zone.Id, [agency], from, to);
    }

    /// <summary>Builds one month (yyyy-MM) of the agency in its zone unless it is up to date or another node holds it; answers whether it did.</summary>
    public async Task<bool> BuildMonthAsync(int agency, string? timeZone, string label, CancellationToken ct)
    {
        var sql = new RollupSql(statements.Dialect);
        var month = DateOnly.ParseExact(label, "yyyy-MM", CultureInfo.InvariantCulture);
        var months = ReportMonths.Of(AgencyTimeZone.Of(timeZone).Id, [agency], month, month.AddMonths(1).AddDays(-1));
        // On SQLite the transaction begins IMMEDIATE: the one write lock, held from the check to the commit.
        return await db.InTransactionAsync(async (transaction, token) =>
        {
            if (statements.Dialect.TryLock(months.Agencies[0], (month.Year * 100) + month.Month) is { } tryLock
                && !(await statements.ReadAsync(tryLock, r => Convert.ToBoolean(r[0], CultureInfo.InvariantCulture), token)).Single())
            {
                return false;
            }

            if ((await statements.ReadAsync(sql.Due(months), r => (string)r[0], token)).Count == 0)
            {
                await transaction.CommitAsync(token);
                return false;
            }

            await db.Database.ExecuteSqlRawAsync(sql.Build(months, 0, clock.GetUtcNow()), token);
            await transaction.CommitAsync(token);
            return true;
        }, ct);
    }
}

/// <summary>Runs <see cref="ReportRollup"/> every <see cref="ReportsOptions.RollupInterval"/>; a stale month is read from the facts meanwhile.</summary>
public sealed class ReportRollupService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReportsOptions> options, ILogger<ReportRollupService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    protected override string Name => "The report rollup";

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ReportRollup>().RunAsync(cancellationToken);
        return options.Value.RollupInterval;
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => options.Value.RollupInterval;
}
