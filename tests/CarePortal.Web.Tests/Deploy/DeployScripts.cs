using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>Runs the scripts under deploy/ as a person would, with the app's settings in the environment.</summary>
public static class DeployScripts
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "deploy");

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The settings the app reads, for a script to reach the same database and data folder.</summary>
    public static Dictionary<string, string> SettingsOf(CarePortalApp app) => new()
    {
        ["Database__Provider"] = app.ProviderName,
        ["Database__ConnectionString"] = app.DatabaseConnectionString,
        ["Storage__DataDirectory"] = app.DataDirectory,
    };

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
