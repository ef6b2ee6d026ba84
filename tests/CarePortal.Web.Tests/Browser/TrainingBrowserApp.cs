using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The app on Kestrel (a port chosen before start, so emailed links name it) over SQLite, sending mail by SMTP to a real
/// server on loopback (<see cref="SmtpSink"/>, aiosmtpd).
/// </summary>
public sealed class TrainingBrowserApp : CarePortalApp
{
    private readonly int port = FreePort();

    public SmtpSink Smtp { get; private set; } = null!;

    public Uri Site => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");

    protected override string Provider => DatabaseProviders.Sqlite;

    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "careportal.db")}";

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Smtp = await SmtpSink.StartAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Delivery", "Smtp");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
        builder.UseSetting("Mail:SiteUrl", Site.ToString().TrimEnd('/'));
    }

    /// <summary>Sends what the outbox holds, as the background sender would.</summary>
    public async Task SendOutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
