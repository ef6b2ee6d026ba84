using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.Platform;

/// <summary>Organisations' question of which ZIPs the platform can place, answered from the ZIP centroids routing uses.</summary>
public sealed class ZipLocator : IZipLocator
{
    public string? Known(string? zip) => ZipCentroids.TryGet(zip, out _) ? ChurchEnrolment.Zip5(zip) : null;
}
