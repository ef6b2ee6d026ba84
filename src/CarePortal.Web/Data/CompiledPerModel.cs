using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CarePortal.Web.Data;

/// <summary>
/// An EF Core compiled query for each model it meets: a compiled query runs only with the model it was compiled against, and
/// one process may hold several (the tests run SQLite and PostgreSQL apps side by side); a node has one.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db)
    {
        var model = db.Model;
        return compiled.TryGetValue(model, out var query) ? query : compiled.GetValue(model, _ => compile());
    }
}
