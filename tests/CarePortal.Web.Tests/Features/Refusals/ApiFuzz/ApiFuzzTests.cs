using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using Xunit;

namespace CarePortal.Web.Tests.Features.Refusals.ApiFuzz;

/// <summary>
/// Fuzzes the API from its own OpenAPI document (issue #17 item 9): every operation, as every role and anonymously, with
/// inputs drawn from its schemas (<see cref="BadInputs"/>), over real HTTP through the app's pipeline on SQLite. No answer
/// may be a 5xx, a status the operation does not declare, a body that breaks the declared schema (ProblemDetails for every
/// refusal), or carry the caller's token or a stack trace. The draws are seeded (<c>CAREPORTAL_FUZZ_SEED</c>) and bounded
/// (<c>CAREPORTAL_FUZZ_CASES</c> per operation and role, 3 unless told), so the fast tier runs the same cases each time.
/// </summary>
public sealed class ApiFuzzTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string?[] Roles =
        [null, DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.AgencyAdmin, DemoPeople.PointPerson, DemoPeople.Responder, DemoPeople.PlatformAdmin];

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("CAREPORTAL_FUZZ_CASES"), out var n) && n > 0 ? n : 3;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("CAREPORTAL_FUZZ_SEED"), out var s) ? s : 20261206;

    [Fact]
    public async Task Every_operation_as_every_role_answers_drawn_input_with_a_declared_status_and_shape_and_nothing_of_the_caller()
    {
        var document = new ApiDocument(JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement);
        var inputs = new BadInputs(document);
        var shape = new ResponseShape(document);
        var findings = new List<string>();
        var sent = 0;

        for (var r = 0; r < Roles.Length; r++)
        {
            var client = Roles[r] is { } email ? await app.ClientForAsync(email) : app.CreateClient(new() { AllowAutoRedirect = false });
            var secret = client.DefaultRequestHeaders.Authorization?.Parameter;
            for (var o = 0; o < document.Operations.Count; o++)
            {
                var operation = document.Operations[o];
                var pcg = new PCG((uint)(r * 1000 + o), Seed);
                for (var c = 0; c < Cases; c++)
                {
                    var (request, said) = Draw(operation, inputs, pcg);
                    var what = $"{Roles[r] ?? "anonymous"}: {request.Method} {request.RequestUri} {said}";
                    sent++;
                    try
                    {
                        using var answer = await client.SendAsync(request);
                        findings.AddRange((await CheckAsync(operation, answer, secret, shape)).Select(f => $"{what} -> {f}"));
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        findings.Add($"{what} -> threw {exception.GetType().Name}: {Short(exception.Message)}");
                    }
                    finally
                    {
                        request.Dispose();
                    }
                }
            }
        }

        Assert.True(findings.Count == 0,
            $"{findings.Count} findings in {sent} answers (seed {Seed}, {Cases} per operation and role):{Environment.NewLine}"
            + string.Join(Environment.NewLine, findings.Take(60)));
    }

    /// <summary>One request for the operation: its parameters, and a body when it takes one (also said in words, for a finding).</summary>
    private static (HttpRequestMessage Request, string Said) Draw(ApiOperation operation, BadInputs inputs, PCG pcg)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var value = inputs.Parameter(parameter.Schema).Generate(pcg, null, out _);
            if (parameter.In == "path")
            {
                // An empty segment addresses another route, and a NUL in a path cannot be sent through the test server.
                value = value.Replace("\0", "", StringComparison.Ordinal) is { Length: > 0 } kept ? kept : "x";
                path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else if (parameter.In == "query" && (parameter.Required || pcg.Next() % 3 != 0))
            {
                query.Add(Uri.EscapeDataString(parameter.Name) + "=" + Uri.EscapeDataString(value));
            }
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()),
            new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative));
        var said = "";
        if (operation.BodyType is "multipart/form-data" or "application/x-www-form-urlencoded")
        {
            var (fields, files) = inputs.Form(operation.BodySchema).Generate(pcg, null, out _);
            var form = new MultipartFormDataContent();
            fields.ForEach(f => form.Add(new StringContent(f.Value), f.Name));
            foreach (var (name, fileName, bytes) in files)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(file, name, fileName);
            }

            request.Content = form;
            said = $"form {string.Join(", ", fields.Select(f => $"{f.Name}={Short(f.Value)}"))} files {string.Join(", ", files.Select(f => $"{f.Name}:{Short(f.FileName)} ({f.Bytes.Length} bytes)"))}";
        }
        else if (operation.BodyType is not null)
        {
            var body = inputs.Body(operation.BodySchema).Generate(pcg, null, out _);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            said = Short(body);
        }

        return (request, said);
    }

    private static async Task<List<string>> CheckAsync(ApiOperation operation, HttpResponseMessage answer, string? secret, ResponseShape shape)
    {
        var status = (int)answer.StatusCode;
        var body = await answer.Content.ReadAsStringAsync();
        var media = answer.Content.Headers.ContentType?.MediaType;
        var findings = new List<string>();
        if (status >= 500)
        {
            findings.Add($"{status} {Short(body)}");
        }
        else if (!operation.Declares(status))
        {
            findings.Add($"{status}, undeclared ({string.Join(' ', operation.Responses.EnumerateObject().Select(s => s.Name))}) {Short(body)}");
        }

        if (secret is not null && body.Contains(secret, StringComparison.Ordinal))
        {
            findings.Add($"{status} echoes the caller's token");
        }

        if (body.Contains("   at ", StringComparison.Ordinal) && body.Contains("Exception", StringComparison.Ordinal))
        {
            findings.Add($"{status} carries a stack trace");
        }

        if (status >= 400 && status < 500)
        {
            findings.AddRange(ProblemShape(status, media, body));
        }
        else if (status < 300 && media is "application/json" && operation.SchemaOf(status, media) is { } schema)
        {
            using var json = JsonDocument.Parse(body);
            findings.AddRange(shape.Violations(json.RootElement, schema).Take(3).Select(v => $"{status} breaks its schema: {v}"));
        }

        return findings;
    }

    /// <summary>A refusal is ProblemDetails whose status is the answer's.</summary>
    private static IEnumerable<string> ProblemShape(int status, string? media, string body)
    {
        if (media != "application/problem+json")
        {
            return [$"{status} answered as {media ?? "no content type"}, not application/problem+json: {Short(body)}"];
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("status", out var said) && said.TryGetInt32(out var value) && value == status
                ? []
                : [$"{status} problem without its status: {Short(body)}"];
        }
        catch (JsonException)
        {
            return [$"{status} problem that is not JSON: {Short(body)}"];
        }
    }

    private static string Short(string text) =>
        (text.Length > 160 ? text[..160] + "…" : text).ReplaceLineEndings(" ");
}
