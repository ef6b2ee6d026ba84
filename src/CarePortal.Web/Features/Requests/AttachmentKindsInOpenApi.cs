using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePortal.Web.Features.Requests;

/// <summary>The attachment endpoint takes its kind as text (to refuse numbers with a sentence): the document names the words it accepts.</summary>
public static class AttachmentKindsInOpenApi
{
    public static Task NameThem(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var media in operation.RequestBody?.Content?.Values ?? [])
        {
            Name(media.Schema);
        }

        return Task.CompletedTask;
    }

    private static void Name(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return;
        }

        if (schema.Properties?.TryGetValue("kind", out var kind) == true && kind is OpenApiSchema words)
        {
            words.Enum = [.. AttachmentKinds.Names.Select(n => (JsonNode)JsonValue.Create(n))];
            words.Description = AttachmentKinds.Sentence;
        }

        var parts = schema.AllOf ?? [];
        for (var i = 0; i < parts.Count; i++)
        {
            // The build-time request delegates describe a form's text field without its name: the bare text part is the kind.
            if (parts[i] is OpenApiSchema { Type: JsonSchemaType.String, Properties: null or { Count: 0 } })
            {
                parts[i] = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema> { ["kind"] = new OpenApiSchema { Type = JsonSchemaType.String } } };
            }

            Name(parts[i]);
        }
    }
}
