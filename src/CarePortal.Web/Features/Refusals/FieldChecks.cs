using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// The field checks written as attributes on an input record, run by an action that a page calls too. The API's endpoints
/// have the framework run them before the handler (<c>AddValidation</c>); here DataAnnotations' validator runs the same
/// attributes, so a page's form gets the same sentences under the same field names.
/// </summary>
public static class FieldChecks
{
    /// <summary>Refuses the input (400, each field's messages) when one of its attributes does not hold.</summary>
    public static void ThrowIfInvalid(object input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return;
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), Message: r.ErrorMessage ?? "")))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
        throw RefusedException.Invalid(errors);
    }
}
