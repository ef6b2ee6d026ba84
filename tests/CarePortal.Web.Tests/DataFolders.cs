namespace CarePortal.Web.Tests;

/// <summary>Copies of an app's data folder (its files and their Unix modes: the key certificate is readable by its owner only).</summary>
internal static class DataFolders
{
    public static void Copy(string source, string target, Func<string, bool> include)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(include))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(copy, File.GetUnixFileMode(file));
            }
        }
    }
}
