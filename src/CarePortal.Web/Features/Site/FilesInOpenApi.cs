using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePortal.Web.Features.Site;

/// <summary>
/// An endpoint that answers a file says its types (<c>Produces(200, contentType: "text/csv")</c>), but a file result's own
/// metadata leaves the document's answer without content: this puts the declared types back, each as binary.
/// </summary>
public static class FilesInOpenApi
{
    public static Task Declare(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.ContentTypes.Any());
        foreach (var produced in declared)
        {
            var key = produced.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(key, out var found) == true && found is OpenApiResponse response && (response.Content is null || response.Content.Count == 0))
            {
                response.Content = produced.ContentTypes.ToDictionary(type => type,
                    _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
            }
        }

        return Task.CompletedTask;
    }
}
