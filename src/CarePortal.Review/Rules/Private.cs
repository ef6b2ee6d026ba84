namespace CarePortal.Review.Rules;

/// <summary>A confidential detail whose fix takes its sentence (or clause) out, to be kept in the private details.</summary>
internal static class Private
{
    public static Finding Remove(RuleInfo info, ReviewContext context, TextSpan detail)
    {
        var removal = Removal.For(context, detail);
        var message = $"{info.Why} Take out \"{Quote(context.Slice(removal).Trim(' ', ','))}\" and keep it in the request's private details.";
        return info.At(context, detail, message, replacement: "") with { FixSpan = removal };
    }

    /// <summary>A long sentence quoted by its first words: a message that held every run-on sentence whole grew with the text.</summary>
    private static string Quote(string taken)
    {
        if (taken.Length <= QuoteLength)
        {
            return taken;
        }

        var cut = taken.LastIndexOf(' ', QuoteLength);
        return string.Concat(taken.AsSpan(0, cut > QuoteLength / 2 ? cut : QuoteLength), " …");
    }

    private const int QuoteLength = 120;
}
