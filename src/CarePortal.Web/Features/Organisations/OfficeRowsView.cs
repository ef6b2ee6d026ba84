namespace CarePortal.Web.Features.Organisations;

/// <summary>The rows of regions, counties and offices as a form shows them (_OfficeRows), each with its error beside it.</summary>
public sealed record OfficeRowsView(IReadOnlyList<OfficeRow> Rows, IReadOnlyList<string?> Errors);
