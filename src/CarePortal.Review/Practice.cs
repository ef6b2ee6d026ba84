namespace CarePortal.Review;

/// <summary>The seven best practices of the training module, in its order.</summary>
public enum Practice
{
    Credibility = 1,
    Strengths = 2,
    Confidentiality = 3,
    PlainLanguage = 4,
    NoCash = 5,
    Details = 6,
    Connection = 7,
}
