using Npgsql;

namespace CarePortal.Web.Tests;

/// <summary>
/// The database every <see cref="PostgresApp"/> is created from (CREATE DATABASE … TEMPLATE), with its data folder: made
/// once per test run by starting one app on an empty database (migrated, demo data seeded at <see cref="CarePortalApp.Start"/>),
/// dropped when the run ends.
/// </summary>
internal static class PostgresTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (string Database, string Folder)? made;

    /// <summary>Copies the template's data folder to <paramref name="dataDirectory"/> and names the template database.</summary>
    public static async Task<string> NameAsync(string dataDirectory)
    {
        var (database, folder) = await MadeAsync();
        DataFolders.Copy(folder, dataDirectory, _ => true);
        return database;
    }

    public static async Task DropAsync(string database)
    {
        await using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(string Database, string Folder)> MadeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return made ??= await MakeAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(string Database, string Folder)> MakeAsync()
    {
        var database = "careportal_template_" + Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Path.GetTempPath(), "careportal-tests", database);
        var app = new PostgresApp(database, isTemplate: true);
        await app.InitializeAsync();
        try
        {
            _ = app.Services;
            DataFolders.Copy(app.DataDirectory, folder, _ => true);
        }
        finally
        {
            // Stopped and its connections closed: a database is a template only while no one is connected to it.
            await app.DisposeAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            DropAsync(database).GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        };
        return (database, folder);
    }
}
