using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace CarePortal.Web.Features.Refusals;

/// <summary>At most <paramref name="max"/> characters; the message may say how many were sent (<c>{length}</c>) and the most (<c>{max}</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextLengthAttribute(int max, string message) : ValidationAttribute
{
    public int Max => max;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string text && text.Length > max
            ? new ValidationResult(
                message.Replace("{length}", text.Length.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{max}", max.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
