namespace CarePortal.Review.Rules;

/// <summary>A confidential detail whose fix takes its sentence (or clause) out, to be kept in the private details.</summary>
internal static class Private
{
    public static Finding Remove(RuleInfo info, ReviewContext context, TextSpan detail)
    {
        var removal = Removal.For(context, detail);
        var message = $"{info.Why} Take out \"{context.Slice(removal).Trim(' ', ',')}\" and keep it in the request's private details.";
        return info.At(context, detail, message, replacement: "") with { FixSpan = removal };
    }
}
