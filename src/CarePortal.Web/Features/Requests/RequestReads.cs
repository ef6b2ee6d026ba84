using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The reads of a request that only show it (its page), as compiled queries: no tracking, no attachments (the page lists them
/// only with the private details), items and children in the same statement as the request.
/// </summary>
public static class RequestReads
{
    private static readonly CompiledPerModel<Func<AppDbContext, int, CancellationToken, Task<CareRequest?>>> WithItemsAndChildren = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, int id, CancellationToken _) =>
            db.Requests.AsNoTracking().Include(r => r.Items).Include(r => r.Children).AsSingleQuery().SingleOrDefault(r => r.Id == id)));

    /// <summary>The request with its items and children, or null: one statement.</summary>
    public static Task<CareRequest?> ToShowAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        WithItemsAndChildren.For(db)(db, id, cancellationToken);

    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }
}
