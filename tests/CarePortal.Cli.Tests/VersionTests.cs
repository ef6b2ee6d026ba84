using System.Diagnostics;
using Xunit;

namespace CarePortal.Cli.Tests;

/// <summary>Each pack of the tool has a higher version, so that <c>dotnet tool update</c> takes it.</summary>
public sealed class VersionTests
{
    [Fact]
    public async Task Two_packs_a_second_apart_get_increasing_versions_and_a_build_keeps_the_plain_one()
    {
        var first = await VersionAsync(packing: true);
        await Task.Delay(TimeSpan.FromSeconds(1.1), TestContext.Current.CancellationToken);
        var second = await VersionAsync(packing: true);
        var build = await VersionAsync(packing: false);

        Assert.Matches(@"^0\.2\.\d{8}\.\d{1,6}$", first);
        Assert.True(Version.Parse(second) > Version.Parse(first), $"{second} is not newer than {first}");
        Assert.Equal("0.2.0", build);
    }

    /// <summary>The version MSBuild gives the tool project, as <c>dotnet pack</c> (which sets _IsPacking) or a build sees it.</summary>
    private static async Task<string> VersionAsync(bool packing)
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "msbuild", Repository.PathOf("src/CarePortal.Cli/CarePortal.Cli.csproj"), "-getProperty:Version", "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (packing)
            start.ArgumentList.Add("-p:_IsPacking=true");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(ct));
        return output.Trim();
    }
}
