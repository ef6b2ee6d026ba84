using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>deploy/backup.sh and deploy/restore.sh round-trip a live database with requests in every state.</summary>
[Trait("Tier", "Deploy")]
public abstract class BackupTests<TApp>(TApp app) where TApp : CarePortalApp, new()
{
    [Fact]
    public async Task Restored_backup_shows_the_same_requests_states_histories_private_details_audit_and_attachments()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var requests = await caseworker.Http.GetFromJsonAsync<List<RequestView>>("/api/requests", Json.Options);
        var open = requests!.First(r => r.State == RequestState.Open);
        var bill = "%PDF-1.4\n"u8.ToArray().Concat(Enumerable.Range(0, 2000).Select(i => (byte)(i * 7))).ToArray();
        // The demo request may hold details already: the save names the version it read.
        var read = await caseworker.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{open.Id}/private", Json.Options);
        var details = await caseworker.Http.PutAsJsonAsync($"/api/requests/{open.Id}/private",
            new PrivateDetailsInput("Ring twice at the side door.", "Knox Utilities", "12-3456", 182.50m, "check", "Pay at the office.", read!.Version), Json.Options);
        Assert.Equal(HttpStatusCode.NoContent, details.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.AttachAsync(open.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", bill)).StatusCode);
        var before = await SnapshotAsync(app);
        var backup = Path.Combine(Path.GetTempPath(), "careportal-backup-" + Guid.NewGuid().ToString("N"));
        await using var restored = new TApp { Empty = true };
        await restored.InitializeAsync();

        try
        {
            var backedUp = await DeployScripts.RunAsync("backup.sh", [backup], DeployScripts.SettingsOf(app));
            var auditAtBackup = await AuditAsync(app, before.Ids);
            var restoring = await DeployScripts.RunAsync("restore.sh", [backup], DeployScripts.SettingsOf(restored));
            var again = await DeployScripts.RunAsync("restore.sh", [backup], DeployScripts.SettingsOf(restored));
            var auditRestored = await AuditAsync(restored, before.Ids);
            var after = await SnapshotAsync(restored);

            Assert.True(backedUp.ExitCode == 0, backedUp.Output);
            Assert.True(restoring.ExitCode == 0, restoring.Output);
            Assert.True(again.ExitCode != 0 && again.Output.Contains("restore.sh:", StringComparison.Ordinal), "a second restore must refuse to write over data: " + again.Output);
            Assert.Equal(Enum.GetValues<RequestState>().Order(), before.States.Distinct().Order());
            Assert.Equal(before.Pages, after.Pages);
            Assert.Equal(auditAtBackup, auditRestored);
            Assert.Contains(Convert.ToBase64String(bill), after.Pages);
            Assert.Contains(after.Pages, p => p.Contains("Ring twice at the side door.", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(backup))
            {
                Directory.Delete(backup, recursive: true);
            }
        }
    }

    private sealed record Snapshot(List<int> Ids, List<RequestState> States, List<string> Pages);

    /// <summary>What the caseworker sees of each of their requests: the request, its history, its private details and each attachment's bytes.</summary>
    private static async Task<Snapshot> SnapshotAsync(CarePortalApp on)
    {
        var http = await on.ClientForAsync(DemoPeople.Caseworker);
        var list = (await http.GetFromJsonAsync<List<RequestView>>("/api/requests", Json.Options))!.OrderBy(r => r.Id).ToList();
        var pages = new List<string>();
        foreach (var request in list)
        {
            pages.Add(await TextAsync(http, $"/api/requests/{request.Id}"));
            pages.Add(await TextAsync(http, $"/api/requests/{request.Id}/history"));
            var details = await http.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative));
            pages.Add($"{(int)details.StatusCode} {await details.Content.ReadAsStringAsync()}");
            if (details.IsSuccessStatusCode)
            {
                foreach (var attachment in (await details.Content.ReadFromJsonAsync<PrivateDetailsView>(Json.Options))!.Attachments)
                {
                    pages.Add(Convert.ToBase64String(await http.GetByteArrayAsync(new Uri($"/api/requests/{request.Id}/attachments/{attachment.Id}", UriKind.Relative))));
                }
            }
        }

        return new Snapshot([.. list.Select(r => r.Id)], [.. list.Select(r => r.State)], pages);
    }

    /// <summary>The agency admin's log of who read each request's private details.</summary>
    private static async Task<List<string>> AuditAsync(CarePortalApp on, IEnumerable<int> ids)
    {
        var http = await on.ClientForAsync(DemoPeople.AgencyAdmin);
        var audit = new List<string>();
        foreach (var id in ids)
        {
            audit.Add(await TextAsync(http, $"/api/requests/{id}/audit"));
        }

        return audit;
    }

    private static async Task<string> TextAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }
}

public sealed class BackupTests_Sqlite(SqliteApp app) : BackupTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class BackupTests_Postgres(PostgresApp app) : BackupTests<PostgresApp>(app), IClassFixture<PostgresApp>;
