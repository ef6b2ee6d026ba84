using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Requests;

/// <summary>Each item's name fits what a request stores (<see cref="RequestLimits.ItemNameLength"/> characters).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemNamesAttribute() : ValidationAttribute($"Name each item in at most {RequestLimits.ItemNameLength} characters.")
{
    public override bool IsValid(object? value) =>
        value is not IEnumerable<string?> names || names.All(n => n is null || n.Length <= RequestLimits.ItemNameLength);
}
