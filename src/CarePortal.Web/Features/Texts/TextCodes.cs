using System.Security.Cryptography;
using System.Text;

namespace CarePortal.Web.Features.Texts;

/// <summary>The six-digit codes that prove a number is the person's: kept only as a hash of the person, the number and the code.</summary>
public static class TextCodes
{
    public const string Kind = "text-code";

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string Hash(string userId, string phone, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}|{phone}|{code}")));

    public static bool Matches(string? hash, string userId, string phone, string code) =>
        hash is { Length: 64 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(userId, phone, code)));
}
