using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>The children a request is for: at most <see cref="RequestLimits.ChildCount"/>, each an age, a known gender or none, a short plain size.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RequestChildrenAttribute : ValidationAttribute
{
    public const int SizeLength = 40;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var children = value as IReadOnlyList<ChildInput?> ?? [];
        // How many is MaxLength's to say; past it, this leaves them unread.
        var valid = children.Count > RequestLimits.ChildCount || children.All(c => c is not null && c.Age is >= 0 and <= 21
            && (c.Gender is null || Needs.Genders.Contains(c.Gender)) && (c.Size is null || (c.Size.Length <= SizeLength && PlainTextAttribute.IsPlain(c.Size, lines: false))));
        return valid
            ? ValidationResult.Success
            : new ValidationResult(
                $"Each child has an age from 0 to 21, a gender of {string.Join(" or ", Needs.Genders)} or none, and a size of at most {SizeLength} characters of plain text.",
                validationContext.MemberName is { } member ? [member] : null);
    }
}
