using CarePortal.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarePortal.Reports.Benchmarks;

/// <summary>The whole app on the benchmark's PostgreSQL database, without the background jobs (they would work on the seeded open requests meanwhile).</summary>
public sealed class BenchApp(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSolutionRelativeContentRoot("src/CarePortal.Web", "*.slnx");
        builder.UseSetting("Database:Provider", DatabaseProviders.Postgres);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Storage:DataDirectory", Path.Combine(Path.GetTempPath(), "careportal-reports-bench"));
        builder.UseSetting("Mail:SendInBackground", "false");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            foreach (var hosted in services.Where(s => s.ServiceType == typeof(IHostedService)).ToList())
            {
                services.Remove(hosted);
            }
        });
    }
}
