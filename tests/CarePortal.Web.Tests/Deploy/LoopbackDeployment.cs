using System.Diagnostics;
using System.Text;
using CarePortal.Web.Tests.Features.Notifications;
using Npgsql;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>
/// deploy/run-nodes.sh as a person runs it: two nodes of the published app behind nginx on a throwaway PostgreSQL cluster,
/// demo data, mail through a real SMTP server on loopback. One per test class; the classes that use it run one at a time.
/// </summary>
public sealed class LoopbackDeployment : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly StringBuilder log = new();
    private Process? script;

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "careportal-deploy-tests", Guid.NewGuid().ToString("N"));

    public SmtpSink Mail { get; private set; } = null!;

    public Uri Url { get; private set; } = null!;

    public Uri Node1 { get; private set; } = null!;

    public Uri Node2 { get; private set; } = null!;

    public int Node1Pid { get; private set; }

    public int Node2Pid { get; private set; }

    public string Database { get; private set; } = "";

    public string PostgresDirectory => Path.Combine(Work, "postgres");

    public async ValueTask InitializeAsync()
    {
        Mail = await SmtpSink.StartAsync();
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Path.Combine(DeployScripts.Folder, "run-nodes.sh"), "--demo", "--port", "0", "--work", Work, "--no-build",
            "--configuration", Configuration, "--smtp", $"127.0.0.1:{Mail.Port}"])
        {
            start.ArgumentList.Add(argument);
        }

        // Mail flows within a second, and a killed node's claimed emails come back after 10 s.
        start.Environment["Mail__PollInterval"] = "00:00:01";
        start.Environment["Mail__ClaimFor"] = "00:00:10";
        // The load runs as three demo people: the per-person rate limits would answer 429.
        start.Environment["RateLimits__Review__PermitLimit"] = "1000000";
        start.Environment["RateLimits__Api__PermitLimit"] = "1000000";
        script = Process.Start(start) ?? throw new InvalidOperationException("Could not start deploy/run-nodes.sh.");
        script.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        script.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await script.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            lock (log)
            {
                log.AppendLine(line);
            }

            if (line.StartsWith("ready ", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (script.HasExited || !File.Exists(Path.Combine(Work, "env")))
        {
            throw new InvalidOperationException("deploy/run-nodes.sh did not get ready:\n" + Log);
        }

        _ = script.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var env = File.ReadAllLines(Path.Combine(Work, "env")).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('\''));
        Url = new Uri(env["CAREPORTAL_URL"]);
        Node1 = new Uri(env["CAREPORTAL_NODE1_URL"]);
        Node2 = new Uri(env["CAREPORTAL_NODE2_URL"]);
        Node1Pid = int.Parse(env["CAREPORTAL_NODE1_PID"], System.Globalization.CultureInfo.InvariantCulture);
        Node2Pid = int.Parse(env["CAREPORTAL_NODE2_PID"], System.Globalization.CultureInfo.InvariantCulture);
        Database = env["CAREPORTAL_DATABASE"];
    }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Runs deploy/postgres-throwaway.sh on this deployment's cluster: stop, start or restart.</summary>
    public async Task PostgresAsync(string command)
    {
        var (exitCode, output) = await DeployScripts.RunAsync("postgres-throwaway.sh", [command, PostgresDirectory], new Dictionary<string, string>());
        Assert.True(exitCode == 0, $"postgres-throwaway.sh {command}: {output}");
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the process is alive (not gone, not a zombie waiting to be reaped).</summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(')')[^1].Trim()[0] != 'Z';
    }

    public async ValueTask DisposeAsync()
    {
        if (script is not null)
        {
            // The end of its standard input stops the script, which stops nginx, the nodes and PostgreSQL.
            script.StandardInput.Close();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await script.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                script.Kill(entireProcessTree: true);
            }

            script.Dispose();
        }

        if (Directory.Exists(PostgresDirectory))
        {
            await DeployScripts.RunAsync("postgres-throwaway.sh", ["stop", PostgresDirectory], new Dictionary<string, string>());
        }

        await using (var connection = new NpgsqlConnection(Database))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await Mail.DisposeAsync();
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }
    }
}

/// <summary>The deployment tests start real processes and a load: one class at a time.</summary>
[CollectionDefinition(nameof(DeploymentCollection))]
public sealed class DeploymentCollection;
