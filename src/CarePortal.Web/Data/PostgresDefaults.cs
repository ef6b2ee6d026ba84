using System.Data.Common;
using Npgsql;

namespace CarePortal.Web.Data;

/// <summary>
/// How the nodes talk to PostgreSQL unless the connection string says otherwise (docs/production.md, "CPU per request"):
/// a pooled connection is handed on without <c>DISCARD ALL</c> (the app keeps no session state), and statements run often are
/// prepared once per connection, so the server parses and plans them once instead of every time.
/// </summary>
public static class PostgresDefaults
{
    /// <summary>Statements kept prepared per connection, the most used first (Npgsql prepares one after 5 uses).</summary>
    public const int MaxAutoPrepare = 50;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
