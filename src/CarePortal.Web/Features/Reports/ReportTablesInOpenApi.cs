using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePortal.Web.Features.Reports;

/// <summary>The CSV endpoint takes a table's name: the document names the tables there are.</summary>
public static class ReportTablesInOpenApi
{
    public static Task NameThem(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters?.FirstOrDefault(p => p.Name == "table")?.Schema is OpenApiSchema table)
        {
            table.Enum = [.. ReportTables.Names.Select(n => (JsonNode)JsonValue.Create(n))];
        }

        return Task.CompletedTask;
    }
}
