using System.Diagnostics;
using Npgsql;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>
/// The PostgreSQL that ./test.sh starts (.ci/postgres.sh, issue #17 item 10): a throwaway cluster in a folder of its own,
/// listening on 127.0.0.1 alone, whose superuser has a random password (never a known one, a different one each cluster)
/// that its owner alone may read; and the script says what it made.
/// </summary>
[Trait("Tier", "Deploy")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class TestPostgresTests
{
    private static readonly string Script = Path.Combine(DeployScripts.Folder, "..", ".ci", "postgres.sh");

    [Fact]
    public async Task Test_sh_makes_a_throwaway_cluster_on_loopback_with_a_random_password_and_says_so()
    {
        var first = $"/tmp/careportal-test-postgres-{Guid.NewGuid():N}";
        var second = $"/tmp/careportal-test-postgres-{Guid.NewGuid():N}";
        try
        {
            var (said, connectionString) = await StartAsync(first);
            var (_, other) = await StartAsync(second);
            var server = new NpgsqlConnectionStringBuilder(connectionString);

            Assert.Contains($"made a throwaway PostgreSQL cluster in {first} (127.0.0.1:{server.Port}", said, StringComparison.Ordinal);
            Assert.Equal("127.0.0.1", server.Host);
            Assert.Matches("^[A-Za-z0-9]{20,}$", server.Password);
            Assert.NotEqual(server.Password, new NpgsqlConnectionStringBuilder(other).Password);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(first, "password")));
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var listen = new NpgsqlCommand("SHOW listen_addresses", connection);
                Assert.Equal("127.0.0.1", await listen.ExecuteScalarAsync());
            }

            foreach (var known in new[] { "postgres", "CarePortal-demo-1", "" })
            {
                await using var guessed = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Password = known, Pooling = false }.ConnectionString);
                await Assert.ThrowsAnyAsync<Exception>(() => guessed.OpenAsync());
            }
        }
        finally
        {
            await StopAsync(first);
            await StopAsync(second);
        }
    }

    /// <summary>Sources the script as test.sh does, in a folder of its own; answers what it said and the connection string it exported.</summary>
    private static async Task<(string Said, string ConnectionString)> StartAsync(string folder)
    {
        var (exit, output) = await BashAsync("source \"$0\" && echo \"exported: $CAREPORTAL_TEST_POSTGRES\"", Script, folder);
        Assert.True(exit == 0, output);
        var exported = output.Split('\n').Single(l => l.StartsWith("exported: ", StringComparison.Ordinal));
        return (output, exported["exported: ".Length..]);
    }

    private static async Task StopAsync(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "data")))
        {
            await BashAsync("""
                bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
                if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$1/data" -m immediate -w stop; else "$bin/pg_ctl" -D "$1/data" -m immediate -w stop; fi
                """, "stop", folder);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> BashAsync(string command, string name, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", command, name, folder })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CAREPORTAL_TEST_POSTGRES_DIR"] = folder;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await error);
    }
}
