using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>A request's items: 1 to <see cref="RequestLimits.ItemCount"/>, each with a plain name, a quantity and a value.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RequestItemsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var items = value as IReadOnlyList<ItemInput?> ?? [];
        var message =
            items.Count == 0 ? RequestInput.ItemCountMessage
            : items.Count > RequestLimits.ItemCount ? null // MaxLength says it
            : items.Any(i => i is null || string.IsNullOrWhiteSpace(i.Name) || i.Name.Length > RequestLimits.ItemNameLength || i.Quantity is < 1 or > 1000
                || i.UnitValue < 0 || i.UnitValue > RequestLimits.ItemValue)
                ? $"Each item needs a name, a quantity from 1 to 1000 and a value from 0 to {RequestLimits.ItemValue}."
            : items.Any(i => !PlainTextAttribute.IsPlain(i!.Name!, lines: false)) ? PlainTextAttribute.Message("each item's name")
            : null;
        return message is null ? ValidationResult.Success : new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
