using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePortal.Web.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction of its own; where the provider retries (PostgreSQL after a dropped
    /// connection) the whole unit is tried again. The work commits the transaction; returning without committing rolls it back.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<IDbContextTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            return await work(transaction, token);
        }, ct);
}
