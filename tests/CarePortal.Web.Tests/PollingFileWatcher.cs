using System.Runtime.CompilerServices;

namespace CarePortal.Web.Tests;

/// <summary>
/// Hundreds of apps start in one test run, and each watches files (asp-append-version watches wwwroot): with inotify each
/// watcher takes an instance, and past the user's limit (128 on a default Linux) pages answer 500. Polling takes none.
/// </summary>
internal static class PollingFileWatcher
{
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
