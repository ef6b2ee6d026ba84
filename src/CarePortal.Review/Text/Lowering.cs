using System.Buffers;
using System.Text;

namespace CarePortal.Review.Text;

/// <summary>Lower-cases text as <see cref="string.ToLowerInvariant()"/> does, with a vectorised path for ASCII text (most descriptions).</summary>
internal static class Lowering
{
    public static string Invariant(string text) =>
        string.Create(text.Length, text, static (target, source) =>
        {
            if (Ascii.ToLower(source, target, out _) != OperationStatus.Done)
            {
                source.AsSpan().ToLowerInvariant(target);
            }
        });
}
