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

    /// <summary>
    /// Reads first, outside any transaction (other writers do not wait for its queries and CPU), then writes what it read in a
    /// transaction of its own; where the provider retries, read and write are tried again as a whole. Nothing read (null):
    /// no transaction, and the default answer. The write commits the transaction; returning without committing rolls it back.
    /// </summary>
    public static Task<T?> ReadThenWriteAsync<TRead, T>(
        this AppDbContext db, Func<CancellationToken, Task<TRead?>> read, Func<TRead, IDbContextTransaction, CancellationToken, Task<T>> write, CancellationToken ct)
        where TRead : class =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            if (await read(token) is not { } found)
            {
                return default;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(token);
            return (T?)await write(found, transaction, token);
        }, ct);
}
