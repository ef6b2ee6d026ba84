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

        foreach (var part in schema.AllOf ?? [])
        {
            Name(part);
        }
    }
}
