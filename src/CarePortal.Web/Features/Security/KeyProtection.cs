using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// The Data Protection key ring (which signs cookies and emailed links) lives in the database, encrypted with a certificate
/// that does not: <c>DataProtection:CertificatePath</c> (a PFX every node reads, from the operator's secrets), or else one
/// made on first start at <c>DataProtection:KeyFile</c> (under the data folder, outside the database and its backups). A
/// copy of the database alone cannot mint a cookie or a link. Rotation: docs/security.md.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static void ProtectKeys(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(Section);
        var root = builder.Environment.ContentRootPath;
        var dataDirectory = Path.GetFullPath(builder.Configuration["Storage:DataDirectory"] is { Length: > 0 } d ? d : "data", root);
        var current = settings["CertificatePath"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(path, root), settings["CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet)
            : LocalCertificate(Path.GetFullPath(settings["KeyFile"] is { Length: > 0 } file ? file : Path.Combine("keys", "key-encryption.pfx"), dataDirectory));
        var previous = (settings.GetSection("PreviousCertificatePaths").Get<string[]>() ?? [])
            .Select(p => X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(p, root), settings["PreviousCertificatePassword"], X509KeyStorageFlags.EphemeralKeySet));
        builder.Services.AddDataProtection().ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    /// <summary>The certificate in <paramref name="file"/>, made there (readable by its owner only) when there is none yet.</summary>
    private static X509Certificate2 LocalCertificate(string file)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var rsa = RSA.Create(3072);
            var request = new CertificateRequest("CN=CarePortal Data Protection keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(100));
            var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, []);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.WriteAllBytes(temporary, made.Export(X509ContentType.Pkcs12));
            try
            {
                // Two nodes starting at once on one data folder: the first file stays, both use it.
                File.Move(temporary, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(temporary);
            }
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
