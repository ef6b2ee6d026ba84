namespace CarePortal.Cli.Tests;

/// <summary>Files of the repository the tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CarePortal.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No CarePortal.slnx above {AppContext.BaseDirectory}");
    }
}
