using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Requests;

/// <summary>A need CarePortal knows (<see cref="Needs.All"/>): the field check, as an attribute on the input records.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownNeedAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string need && Needs.All.Contains(need)
            ? ValidationResult.Success
            : new ValidationResult($"Unknown need '{value}'. Choose one of: {string.Join(", ", Needs.All)}.", validationContext.MemberName is { } member ? [member] : null);
}
