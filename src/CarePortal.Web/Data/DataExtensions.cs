using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Data;

public static class DataExtensions
{
    /// <summary>Contexts kept for reuse; more concurrent requests than this still get a context, made and dropped.</summary>
    private const int PoolSize = 128;

    /// <summary>Registers <see cref="AppDbContext"/> as the subclass of the configured provider, chosen when first resolved.</summary>
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DataPaths>();
        // Pooled: a request takes a ready context instead of building one (its services, its options) each time.
        builder.Services.AddDbContextPool<SqliteAppDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<DataPaths>().ConnectionString), PoolSize);
        builder.Services.AddDbContextPool<PostgresAppDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            // A restarted server or a dropped connection is tried again instead of failing the request; code that begins
            // a transaction runs it through Database.CreateExecutionStrategy() so that the whole unit is tried again.
            options.UseNpgsql(PostgresDefaults.Apply(sp.GetRequiredService<DataPaths>().ConnectionString), npgsql =>
            {
                if (database.MaxRetryCount > 0)
                {
                    npgsql.EnableRetryOnFailure(database.MaxRetryCount, database.MaxRetryDelay, null);
                }
            });
        }, PoolSize);
        builder.Services.AddScoped<AppDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProviders.Postgres
                ? sp.GetRequiredService<PostgresAppDbContext>()
                : sp.GetRequiredService<SqliteAppDbContext>());
        builder.Services.AddScoped<Statements>();
        // Every node reads the same keys, so a cookie from one node is good on the others.
        builder.Services.AddDataProtection().SetApplicationName("CarePortal").PersistKeysToDbContext<AppDbContext>();
        return builder;
    }

    /// <summary>Adds <typeparamref name="TInterceptor"/> (one for the process) to the context of either provider.</summary>
    public static IServiceCollection AddSaveInterceptor<TInterceptor>(this IServiceCollection services)
        where TInterceptor : class, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor
    {
        services.AddSingleton<TInterceptor>();
        services.ConfigureDbContext<SqliteAppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<TInterceptor>()));
        services.ConfigureDbContext<PostgresAppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<TInterceptor>()));
        return services;
    }

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // Readers do not wait for the writer, and a commit is one append to the log instead of a rewritten journal.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}

/// <summary>The data folder resolved against the content root, and the connection string that follows from it.</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<DatabaseOptions> database, IOptions<StorageOptions> storage, IHostEnvironment environment)
    {
        DataDirectory = Path.GetFullPath(storage.Value.DataDirectory, environment.ContentRootPath);
        AttachmentDirectory = Path.Combine(DataDirectory, "attachments");
        Directory.CreateDirectory(AttachmentDirectory);
        ConnectionString = string.IsNullOrWhiteSpace(database.Value.ConnectionString) && database.Value.Provider == DatabaseProviders.Sqlite
            ? $"Data Source={Path.Combine(DataDirectory, "careportal.db")}"
            : database.Value.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
    }

    public string DataDirectory { get; }

    public string AttachmentDirectory { get; }

    public string ConnectionString { get; }
}
