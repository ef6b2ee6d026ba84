namespace CarePortal.Web.Data;

/// <summary>
/// New rows gathered by code that makes many at once (opening a batch of requests: routing rows, recipients, emails), for
/// its caller to write: added to the context (<see cref="AddTo"/>) or in one bulk insert (<see cref="BulkRows.WriteAsync"/>).
/// Passed by hand to what fills it, so nothing else changes how it writes.
/// </summary>
public sealed class NewRows
{
    private readonly Dictionary<Type, List<object>> rows = [];

    public int Count => rows.Values.Sum(list => list.Count);

    /// <summary>The rows gathered, by their type.</summary>
    public IReadOnlyDictionary<Type, List<object>> ByType => rows;

    public void Add<T>(T row) where T : class
    {
        if (!rows.TryGetValue(typeof(T), out var list))
        {
            rows[typeof(T)] = list = [];
        }

        list.Add(row);
    }

    /// <summary>Forgets the rows of this type that match (rows for work another took over).</summary>
    public void RemoveWhere<T>(Predicate<T> match) where T : class
    {
        if (rows.TryGetValue(typeof(T), out var list))
        {
            list.RemoveAll(row => match((T)row));
        }
    }

    public void Clear() => rows.Clear();

    /// <summary>Adds every row to the context, for its next save; then forgets them.</summary>
    public void AddTo(AppDbContext db)
    {
        foreach (var row in rows.Values.SelectMany(list => list))
        {
            db.Add(row);
        }

        rows.Clear();
    }
}
