using System.Diagnostics;

namespace CarePortal.Cli.Tests;

/// <summary>The built tool (careportal.dll beside the tests) run as a process, as people and programs run it.</summary>
internal static class Executable
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "careportal.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("NO_COLOR");
        return Process.Start(start)!;
    }

    public static async Task<CliRun> RunAsync(string stdin, params string[] args)
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardInput.WriteAsync(stdin.AsMemory(), ct);
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}
