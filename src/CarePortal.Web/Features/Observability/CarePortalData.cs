using Microsoft.Extensions.Compliance.Classification;

namespace CarePortal.Web.Features.Observability;

/// <summary>
/// What may never reach a log as it is: private details (descriptions, directions, payees, account numbers, messages) and
/// contact data (names, emails, phone numbers). A log parameter marked with one of these is erased by the redactor.
/// </summary>
public static class CarePortalData
{
    public const string Taxonomy = "CarePortal";

    public static DataClassification Private { get; } = new(Taxonomy, nameof(Private));

    public static DataClassification Contact { get; } = new(Taxonomy, nameof(Contact));
}

/// <summary>A description, private detail or message: never logged as it is.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PrivateDataAttribute() : DataClassificationAttribute(CarePortalData.Private);

/// <summary>A name, email address or phone number: never logged as it is.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ContactDataAttribute() : DataClassificationAttribute(CarePortalData.Contact);
