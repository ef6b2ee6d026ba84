using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Xunit;

namespace CarePortal.Web.Tests;

/// <summary>The apps the tests start can run by the hundred on one machine.</summary>
public sealed class TestHostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void The_app_under_test_watches_no_settings_file()
    {
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched: an inotify instance per app"));
    }

    [Fact]
    public void The_app_under_test_polls_its_web_root_rather_than_taking_an_inotify_instance()
    {
        var folders = Physical(app.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider).ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.True(folder.UsePollingFileWatcher, $"{folder.Root} is watched by inotify"));
    }

    private static IEnumerable<PhysicalFileProvider> Physical(IFileProvider provider) => provider switch
    {
        PhysicalFileProvider folder => [folder],
        CompositeFileProvider composite => composite.FileProviders.SelectMany(Physical),
        _ => [],
    };
}
