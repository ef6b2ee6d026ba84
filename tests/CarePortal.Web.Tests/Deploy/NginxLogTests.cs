using System.Diagnostics;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>
/// nginx as deploy/nginx.conf.template sets it up logs paths without their query strings, also in the referrer, so a
/// secret token in a URL never reaches its access log (issue #17 item 4).
/// </summary>
[Trait("Tier", "Deploy")]
public sealed class NginxLogTests
{
    [Fact]
    public async Task The_access_log_keeps_the_path_and_drops_the_query_string_and_the_referrers()
    {
        var work = Directory.CreateTempSubdirectory("careportal-nginx-");
        try
        {
            var nginxFolder = Directory.CreateDirectory(Path.Combine(work.FullName, "nginx"));
            Directory.CreateDirectory(Path.Combine(nginxFolder.FullName, "tmp"));
            var port = FreePort();
            var config = (await File.ReadAllTextAsync(Path.Combine(DeployScripts.Folder, "nginx.conf.template")))
                .Replace("@WORK@", work.FullName, StringComparison.Ordinal).Replace("@PORT@", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@NODE1@", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@NODE2@", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@USER@", Environment.UserName == "root" ? "user nobody nogroup;" : "", StringComparison.Ordinal);
            var configFile = Path.Combine(nginxFolder.FullName, "nginx.conf");
            await File.WriteAllTextAsync(configFile, config);
            var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
            using var process = Process.Start(new ProcessStartInfo(nginx, ["-p", nginxFolder.FullName, "-c", configFile, "-e", Path.Combine(nginxFolder.FullName, "error.log"), "-g", "daemon off;"])
                { RedirectStandardError = true, UseShellExecute = false })!;
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                HttpResponseMessage? answer = null;
                for (var attempt = 0; answer is null && attempt < 50; attempt++)
                {
                    try
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, "/Training/Resume?token=secret-in-the-query");
                        request.Headers.Referrer = new Uri("http://127.0.0.1/Approvals/Link?t=secret-in-the-referrer");
                        answer = await client.SendAsync(request);
                    }
                    catch (HttpRequestException) when (!process.HasExited)
                    {
                        // nginx is still binding its port: its start gives no other signal to wait on.
                        await Task.Delay(100);
                    }
                }

                Assert.NotNull(answer);
            }
            finally
            {
                // A graceful stop, which writes out the buffered log.
                using var quit = Process.Start(new ProcessStartInfo(nginx, ["-p", nginxFolder.FullName, "-c", configFile, "-s", "quit"]) { UseShellExecute = false })!;
                await quit.WaitForExitAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }

            var log = await File.ReadAllTextAsync(Path.Combine(nginxFolder.FullName, "access.log"));
            Assert.Contains("\"GET /Training/Resume HTTP/1.1\"", log, StringComparison.Ordinal);
            Assert.Contains("\"http://127.0.0.1/Approvals/Link\"", log, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", log, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
