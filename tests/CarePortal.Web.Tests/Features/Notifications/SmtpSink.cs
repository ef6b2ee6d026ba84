using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using MimeKit;

namespace CarePortal.Web.Tests.Features.Notifications;

/// <summary>A real SMTP server on a free loopback port (Debian's aiosmtpd through smtp_sink.py), saving what arrives in a folder.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process process;

    private readonly CountSignal saved = new();

    private readonly Task reading;

    private SmtpSink(Process process, int port, string folder)
    {
        this.process = process;
        Port = port;
        Folder = folder;
        reading = ReadSavedAsync();
    }

    public int Port { get; }

    public string Folder { get; }

    public static async Task<SmtpSink> StartAsync(double delaySeconds = 0)
    {
        var port = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "careportal-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script());
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add(delaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start /usr/bin/python3.");
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (ready != "ready")
        {
            var error = await process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException($"The SMTP sink did not start (is python3-aiosmtpd installed? .ci/setup.sh installs it): {error}");
        }

        return new SmtpSink(process, port, folder);
    }

    /// <summary>The messages that arrived, in order.</summary>
    public List<MimeMessage> Messages() =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    /// <summary>The messages once <paramref name="count"/> have arrived (the sink says so as it saves each), or at the timeout.</summary>
    public async Task<List<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        await saved.ReachedAsync(count, timeout ?? TimeSpan.FromSeconds(20));
        return Messages();
    }

    private async Task ReadSavedAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("saved ", StringComparison.Ordinal))
            {
                saved.Increment();
            }
        }
    }

    private bool disposed;

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        await reading;
        process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Script([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "smtp_sink.py");
}
