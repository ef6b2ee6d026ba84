using System.Text.RegularExpressions;

namespace CarePortal.Web.Features.Requests;

/// <summary>The public part of a request as a caseworker writes it.</summary>
public sealed record RequestInput(
    string? Need,
    int Tier,
    string? Description,
    string? Zip,
    int CountyId,
    Urgency Urgency,
    IReadOnlyList<ItemInput>? Items,
    string? SupervisorId = null,
    string? ExceptionReason = null,
    string? AlternativesTried = null,
    int? OfficeId = null,
    IReadOnlyList<ChildInput>? Children = null);

public sealed record ItemInput(string? Name, int Quantity, decimal UnitValue);

/// <summary>One child the request is for: age, and where it helps, gender and size. Never a name.</summary>
public sealed record ChildInput(int Age, string? Gender = null, string? Size = null);

/// <param name="Version">The version the writer read (<see cref="PrivateDetailsView.Version"/>, 0 before the first save).</param>
public sealed record PrivateDetailsInput(
    string? DeliveryDirections,
    string? Payee,
    string? AccountNumber,
    decimal? AmountOwed,
    string? PaymentType,
    string? HowToPayDirectly,
    int? Version = null);

public sealed record NoteInput(string? Note);

/// <summary>Field checks shared by the API and the pages.</summary>
public static partial class RequestValidation
{
    public static Dictionary<string, string[]> Check(RequestInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Need is null || !Needs.All.Contains(input.Need))
        {
            errors["need"] = [$"Unknown need '{input.Need}'. Choose one of: {string.Join(", ", Needs.All)}."];
        }

        if (input.Tier is < 1 or > 3)
        {
            errors["tier"] = ["Tier is 1 (items or bills), 2 (relational help) or 3 (foster or adoptive family)."];
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors["description"] = ["Write the public description."];
        }
        else if (input.Description.Length > RequestLimits.DescriptionLength)
        {
            errors["description"] = [$"The description is {input.Description.Length} characters; keep it under {RequestLimits.DescriptionLength}."];
        }

        if (input.Zip is null || !Zip().IsMatch(input.Zip))
        {
            errors["zip"] = ["The family's ZIP code is five digits (never an address)."];
        }

        if (!Enum.IsDefined(input.Urgency))
        {
            errors["urgency"] = ["Urgency is critical, high or normal."];
        }

        var items = input.Items ?? [];
        if (items.Count is 0 or > RequestLimits.ItemCount)
        {
            errors["items"] = [$"List between 1 and {RequestLimits.ItemCount} items."];
        }
        else if (items.Any(i => i is null || string.IsNullOrWhiteSpace(i.Name) || i.Name.Length > 200 || i.Quantity is < 1 or > 1000
            || i.UnitValue < 0 || i.UnitValue > RequestLimits.ItemValue))
        {
            errors["items"] = [$"Each item needs a name, a quantity from 1 to 1000 and a value from 0 to {RequestLimits.ItemValue}."];
        }

        var children = input.Children ?? [];
        if (children.Count > 0 && input.Need is not null && !Needs.AgeAppropriate.Contains(input.Need))
        {
            errors["children"] = [$"Children's ages and sizes are asked only for {string.Join(", ", Needs.AgeAppropriate)}."];
        }
        else if (children.Count > RequestLimits.ChildCount
            || children.Any(c => c is null || c.Age is < 0 or > 21 || (c.Gender is not null && !Needs.Genders.Contains(c.Gender)) || c.Size?.Length > 40))
        {
            errors["children"] = [$"Each child has an age from 0 to 21, a gender of {string.Join(" or ", Needs.Genders)} or none, and a size of at most 40 characters."];
        }

        if (input.ExceptionReason?.Length > 2000 || input.AlternativesTried?.Length > 2000)
        {
            errors["exceptionReason"] = ["Keep the reason and the alternatives tried under 2000 characters each."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Check(PrivateDetailsInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.DeliveryDirections?.Length > 2000 || input.HowToPayDirectly?.Length > 2000)
        {
            errors["deliveryDirections"] = ["Keep directions and payment instructions under 2000 characters."];
        }

        if (input.Payee?.Length > 200 || input.AccountNumber?.Length > 100 || input.PaymentType?.Length > 100)
        {
            errors["payee"] = ["Payee, account number or payment type is too long."];
        }

        if (input.AmountOwed is < 0 or > 100_000)
        {
            errors["amountOwed"] = ["The amount owed is between 0 and 100000."];
        }

        return errors;
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex Zip();
}
