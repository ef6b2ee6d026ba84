namespace CarePortal.Review;

/// <summary>Every rule's descriptor: the ids of the corpus format plus the product's own suggestions.</summary>
public static class RuleCatalog
{
    private const string Confidential = "Only non-confidential information should be shared on CarePortal: no names, addresses or phone numbers.";

    public static readonly RuleInfo ConfidentialName = new("confidential-name", Practice.Confidentiality, Severity.Blocker,
        "A family member's name", Confidential + " Describe people by their role instead (Mom, Grandma, the 7-year-old).");

    public static readonly RuleInfo ConfidentialAddress = new("confidential-address", Practice.Confidentiality, Severity.Blocker,
        "An address, unit, ZIP code or named complex", Confidential + " The county is enough for partners to know the family is nearby.");

    public static readonly RuleInfo ConfidentialContact = new("confidential-contact", Practice.Confidentiality, Severity.Blocker,
        "A phone number, email or social-media handle", Confidential + " Partners reach the family through the caseworker.");

    public static readonly RuleInfo ConfidentialId = new("confidential-id", Practice.Confidentiality, Severity.Blocker,
        "An SSN, case number, date of birth, account number or license plate", Confidential + " Identifying numbers never belong in the public description.");

    public static readonly RuleInfo ConfidentialService = new("confidential-service", Practice.Confidentiality, Severity.Blocker,
        "A specific service or treatment", "You may say that the parent is working hard on completing services, but not what those specific services are.");

    public static readonly RuleInfo ChildDetailsUnneeded = new("child-details-unneeded", Practice.Confidentiality, Severity.Warning,
        "Children's ages, sizes or gender where the need does not call for them", "Include children's ages, sizes or gender only if requesting age-appropriate items or clothing.");

    public static readonly RuleInfo Jargon = new("jargon", Practice.PlainLanguage, Severity.Warning,
        "Agency jargon or an abbreviation", "Avoid terms or acronyms common in DCS language that someone in the community wouldn't readily understand.");

    public static readonly RuleInfo CashRequest = new("cash-request", Practice.NoCash, Severity.Blocker,
        "Cash, a gift card, a prepaid card or a money order", "Cash and gift cards should never be requested: most needs can be met another way. Where money is required, partners pay the landlord, utility or daycare directly. A gift card needs the regional CarePortal manager's approval.",
        ApprovalBy: Approver.RegionalManager);

    public static readonly RuleInfo GasCard = new("gas-card", Practice.NoCash, Severity.Warning,
        "A gas card", "Gas cards are the only exception to no cash or gift cards, and must be approved by your supervisor.",
        ApprovalBy: Approver.Supervisor);

    public static readonly RuleInfo DeficitLanguage = new("deficit-language", Practice.Strengths, Severity.Warning,
        "A negative label about the family", "Tell the positives about the family: write it so the family could read it and agree to share it.");

    public static readonly RuleInfo StrengthsMissing = new("strengths-missing", Practice.Strengths, Severity.Warning,
        "Nothing positive about the family", "Highlight family strengths: what are they doing well? If they have completed services, say so in general terms. Brag on them!");

    public static readonly RuleInfo Spelling = new("spelling", Practice.Credibility, Severity.Warning,
        "A misspelled word", "When you send a request you represent DCS: check spelling before submitting.");

    public static readonly RuleInfo Grammar = new("grammar", Practice.Credibility, Severity.Warning,
        "A grammar slip", "When you send a request you represent DCS: check grammar before submitting.");

    public static readonly RuleInfo PrivateDetail = new("private-detail", Practice.Details, Severity.Warning,
        "A detail that belongs in the private part", "Directions, account numbers, exact amounts owed and how to pay don't belong in the description: keep them in the private details, ready for when a partner reaches out.");

    public static readonly RuleInfo DetailsMissing = new("details-missing", Practice.Details, Severity.Warning,
        "A detail the partner needs is missing", "Do I have all the details for the ministry partner to meet the need?");

    public static readonly RuleInfo ConnectionMissing = new("connection-missing", Practice.Connection, Severity.Suggestion,
        "No offer of a connection", "Always attempt to provide an opportunity for the family to connect with the ministry partner: say the family would welcome meeting them.");

    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        ConfidentialName, ConfidentialAddress, ConfidentialContact, ConfidentialId, ConfidentialService, ChildDetailsUnneeded,
        Jargon, CashRequest, GasCard, DeficitLanguage, StrengthsMissing, Spelling, Grammar, PrivateDetail, DetailsMissing,
        ConnectionMissing,
    ];

    public static RuleInfo? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
