using PhoneNumbers;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// Phone numbers for text messages, read with libphonenumber as people write them ("(615) 555-0143", "+52 55 1234 5678") in
/// the deployment's home region and stored in E.164 ("+16155550143"); a number that cannot take a text is refused with a sentence.
/// </summary>
public static class MobileNumbers
{
    /// <summary>'+' and at most 15 digits.</summary>
    public const int MaxE164Length = 16;

    /// <summary>Longer than any number written with spaces, dashes and brackets: not worth parsing.</summary>
    public const int MaxInputLength = 40;

    public const string Refusal = "Write a mobile phone number with its area code, such as (615) 555-0143; from another country, start with + and the country code, such as +52 55 1234 5678.";

    public const string NotMobile = "This number cannot take text messages (a landline or a service number): write a mobile phone number.";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164, or the sentence that says why it is refused.</summary>
    public static (string? Number, string? Error) Parse(string? input, string region)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return (null, Refusal);
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(input, region);
        }
        catch (NumberParseException)
        {
            return (null, Refusal);
        }

        if (!Util.IsValidNumber(number))
        {
            return (null, Refusal);
        }

        return Util.GetNumberType(number) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE
            ? (Util.Format(number, PhoneNumberFormat.E164), null)
            : (null, NotMobile);
    }

    /// <summary>The stored number as a person reads it: national in the home region, international otherwise.</summary>
    public static string Display(string e164, string region)
    {
        try
        {
            var number = Util.Parse(e164, region);
            return Util.Format(number, Util.GetRegionCodeForNumber(number) == region ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
