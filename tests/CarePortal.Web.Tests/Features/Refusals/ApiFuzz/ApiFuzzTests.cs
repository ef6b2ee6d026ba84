using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using CsCheck;
using CsvHelper;
using Xunit;

namespace CarePortal.Web.Tests.Features.Refusals.ApiFuzz;

/// <summary>
/// Fuzzes the API from its own OpenAPI document (issue #17 item 9): every operation, as every role and anonymously with a
/// bearer token, and as a person of each kind (agency, church, platform) signed in by the cookie with the antiforgery token
/// as CarePortal's pages send it (and one without it), with inputs drawn from its schemas (<see cref="BadInputs"/>), over
/// real HTTP through the app's pipeline on SQLite. No answer may be a 5xx, a status the operation does not declare, a body
/// that breaks the declared schema (ProblemDetails for every refusal), a file (CSV, PDF, image) of another type than
/// declared, empty or without its header, or carry the caller's token or a stack trace. Every operation that answers a file
/// is also called with the values that reach one (a request's attachment, each report table). The draws are seeded
/// (<c>CAREPORTAL_FUZZ_SEED</c>) and bounded (<c>CAREPORTAL_FUZZ_CASES</c> per operation and caller, 3 unless told), so the
/// fast tier runs the same cases each time.
/// </summary>
public sealed class ApiFuzzTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string?[] TokenRoles =
        [null, DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.AgencyAdmin, DemoPeople.PointPerson, DemoPeople.Responder, DemoPeople.PlatformAdmin];

    /// <summary>Signed in by the cookie: one person of each kind with the antiforgery token, and one without it.</summary>
    private static readonly (string Email, bool SendsToken)[] CookieRoles =
        [(DemoPeople.Caseworker, true), (DemoPeople.PointPerson, true), (DemoPeople.PlatformAdmin, true), (DemoPeople.Supervisor, false)];

    private static readonly string[] JsonTypes = ["application/json", "application/problem+json"];

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];

    private static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("CAREPORTAL_FUZZ_CASES"), out var n) && n > 0 ? n : 3;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("CAREPORTAL_FUZZ_SEED"), out var s) ? s : 20261206;

    private readonly Dictionary<string, int> fileAnswers = [];

    [Fact]
    public async Task Every_operation_as_every_role_answers_drawn_input_with_a_declared_status_and_shape_and_nothing_of_the_caller()
    {
        var document = new ApiDocument(JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement);
        var known = await KnownValuesAsync();
        var inputs = new BadInputs(document);
        var shape = new ResponseShape(document);
        var callers = await CallersAsync();
        var findings = new List<string>();
        var fileCalls = new List<string>();
        var sent = 0;

        for (var r = 0; r < callers.Count; r++)
        {
            var (who, client, secret) = callers[r];
            for (var o = 0; o < document.Operations.Count; o++)
            {
                var operation = document.Operations[o];
                var pcg = new PCG((uint)(r * 1000 + o), Seed);
                for (var c = 0; c < Cases; c++)
                {
                    var (request, said) = Draw(operation, inputs, pcg);
                    sent++;
                    findings.AddRange((await SendAsync(client, request, $"{who}: {request.Method} {request.RequestUri} {said}", operation, secret, shape)).Findings);
                }
            }

            // The values that reach a file, for every operation that answers one.
            foreach (var operation in document.Operations.Where(AnswersFiles))
            {
                foreach (var path in Paths(operation, document, known))
                {
                    sent++;
                    var (found, status) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), $"{who}: GET {path}", operation, secret, shape);
                    findings.AddRange(found);
                    fileCalls.Add($"{operation} {status}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{sent} answers to {callers.Count} callers (seed {Seed}, {Cases} per operation and caller), {findings.Count} findings; files checked: "
            + string.Join(", ", fileAnswers.Select(f => $"{f.Value} {f.Key}")) + "; calls for files: "
            + string.Join(", ", fileCalls.CountBy(c => c).Select(c => $"{c.Key} ×{c.Value}")));
        Assert.True(findings.Count == 0,
            $"{findings.Count} findings in {sent} answers (seed {Seed}, {Cases} per operation and caller):{Environment.NewLine}"
            + string.Join(Environment.NewLine, findings.Take(60)));
        Assert.True(fileAnswers.GetValueOrDefault("text/csv") > 0 && fileAnswers.GetValueOrDefault("application/pdf") > 0,
            $"No CSV or no PDF answer was checked: {string.Join(", ", fileAnswers.Select(f => $"{f.Value} {f.Key}"))}");
    }

    /// <summary>Every caller: anonymous and each role by its bearer token, then each cookie role (whose secret is its antiforgery token).</summary>
    private async Task<List<(string Who, HttpClient Client, string? Secret)>> CallersAsync()
    {
        var callers = new List<(string, HttpClient, string?)>();
        foreach (var email in TokenRoles)
        {
            var client = email is null ? app.CreateClient(new() { AllowAutoRedirect = false }) : await app.ClientForAsync(email);
            callers.Add((email ?? "anonymous", client, client.DefaultRequestHeaders.Authorization?.Parameter));
        }

        foreach (var (email, sendsToken) in CookieRoles)
        {
            var client = await Forms.SignedInAsync(app, email, sendToken: sendsToken);
            callers.Add(($"{email} (cookie{(sendsToken ? ", antiforgery token" : ", no token")})", client,
                client.DefaultRequestHeaders.TryGetValues("RequestVerificationToken", out var token) ? token.Single() : null));
        }

        return callers;
    }

    /// <summary>A draft of the demo caseworker's with a PDF bill attached: the values of the path parameters that reach a file.</summary>
    private async Task<Dictionary<string, string[]>> KnownValuesAsync()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));
        using var attached = await caseworker.AttachAsync(draft.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray());
        Assert.True(attached.IsSuccessStatusCode, await attached.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await attached.Content.ReadAsStringAsync());
        return new()
        {
            ["id"] = [draft.Id.ToString(CultureInfo.InvariantCulture)],
            ["attachmentId"] = [json.RootElement.GetProperty("id").GetString()!],
        };
    }

    /// <summary>A read whose success is not JSON: a file by what it declares, or one that declares no content at all (a file it does not name).</summary>
    private static bool AnswersFiles(ApiOperation operation) =>
        operation.Method == "get" && operation.Statuses.Where(s => s is >= 200 and < 300 and not 204)
            .Any(s => !operation.MediaTypesOf(s).Any() || operation.MediaTypesOf(s).Any(m => !JsonTypes.Contains(m)));

    /// <summary>The operation's path with every combination of the known values (or the values its schema lists) of its path parameters.</summary>
    private static IEnumerable<string> Paths(ApiOperation operation, ApiDocument document, Dictionary<string, string[]> known)
    {
        IEnumerable<string> paths = [operation.Path];
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var schema = document.Resolve(parameter.Schema);
            string[] values = known.TryGetValue(parameter.Name, out var given) ? given
                : schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var listed) ? [.. listed.EnumerateArray().Select(v => v.GetString()!)]
                : ["1"];
            paths = [.. paths.SelectMany(p => values.Select(v => p.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(v), StringComparison.Ordinal)))];
        }

        return paths;
    }

    private async Task<(List<string> Findings, int Status)> SendAsync(
        HttpClient client, HttpRequestMessage request, string what, ApiOperation operation, string? secret, ResponseShape shape)
    {
        try
        {
            using var answer = await client.SendAsync(request);
            return ([.. (await CheckAsync(operation, answer, secret, shape)).Select(f => $"{what} -> {f}")], (int)answer.StatusCode);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ([$"{what} -> threw {exception.GetType().Name}: {Short(exception.Message)}"], 0);
        }
        finally
        {
            request.Dispose();
        }
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

    private async Task<List<string>> CheckAsync(ApiOperation operation, HttpResponseMessage answer, string? secret, ResponseShape shape)
    {
        var status = (int)answer.StatusCode;
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        var body = Encoding.UTF8.GetString(bytes);
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
        else if (status < 300 && status != 204 && media is not null && !JsonTypes.Contains(media))
        {
            fileAnswers[media] = fileAnswers.GetValueOrDefault(media) + 1;
            findings.AddRange(FileShape(operation, status, media, bytes));
        }

        return findings;
    }

    /// <summary>A file is of a type the operation declares for the status, not empty, and starts as its type says (a CSV's header row, a PDF's or an image's signature).</summary>
    private static IEnumerable<string> FileShape(ApiOperation operation, int status, string media, byte[] bytes)
    {
        if (!operation.MediaTypesOf(status).Contains(media))
        {
            return [$"{status} answered {media}, not one it declares ({string.Join(", ", operation.MediaTypesOf(status))})"];
        }

        if (bytes.Length == 0)
        {
            return [$"{status} {media} with an empty body"];
        }

        var wrong = media switch
        {
            "text/csv" => CsvHeaderProblem(bytes),
            "application/pdf" => bytes.AsSpan().StartsWith("%PDF-"u8) ? null : "does not start as a PDF",
            "image/jpeg" => bytes.AsSpan().StartsWith(JpegStart) ? null : "does not start as a JPEG",
            "image/png" => bytes.AsSpan().StartsWith(PngStart) ? null : "does not start as a PNG",
            _ => "is of a file type the fuzzer does not know: teach it",
        };
        return wrong is null ? [] : [$"{status} {media} {wrong}"];
    }

    /// <summary>The CSV reads whole as RFC 4180 says (every row as many fields as the header), and its header row names each column.</summary>
    private static string? CsvHeaderProblem(byte[] bytes)
    {
        try
        {
            using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var options = new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw };
            using var csv = CsvReader.FromText(text.ReadToEnd(), options);
            var names = csv.Headers.ToList();
            while (csv.Read())
            {
            }

            return names.Count == 0 ? "has no header row"
                : names.Any(string.IsNullOrWhiteSpace) ? $"has a header with an unnamed column: {string.Join(",", names)}"
                : null;
        }
        catch (CsvFormatException exception)
        {
            return $"cannot be read as CSV: {Short(exception.Message)}";
        }
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
