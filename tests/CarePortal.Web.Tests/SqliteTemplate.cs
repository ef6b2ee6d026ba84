using Microsoft.Data.Sqlite;

namespace CarePortal.Web.Tests;

/// <summary>
/// The data folder every <see cref="SqliteApp"/> starts from: made once per test run by starting one app (migrated, demo data
/// seeded at <see cref="CarePortalApp.Start"/>, its key certificate made) and copying its folder, the database as one file.
/// </summary>
internal static class SqliteTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? folder;

    public static async Task CopyToAsync(string target)
    {
        var source = await FolderAsync();
        DataFolders.Copy(source, target, _ => true);
    }

    private static async Task<string> FolderAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return folder ??= await MakeAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> MakeAsync()
    {
        var made = Path.Combine(Path.GetTempPath(), "careportal-tests", "template-" + Guid.NewGuid().ToString("N"));
        var app = new SqliteApp { Empty = true };
        await app.InitializeAsync();
        try
        {
            _ = app.Services;
            var database = Path.GetFileName(app.DatabaseFile);
            DataFolders.Copy(app.DataDirectory, made, file => !Path.GetFileName(file).StartsWith(database, StringComparison.Ordinal));

            // A consistent copy of the live database in one file, its write-ahead log folded in.
            await using var connection = new SqliteConnection(app.DatabaseConnectionString);
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", Path.Combine(made, database));
            await vacuum.ExecuteNonQueryAsync();
        }
        finally
        {
            await app.DisposeAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(made, recursive: true);
        return made;
    }
}
