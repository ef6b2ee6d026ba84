namespace CarePortal.Web.Features.Organisations;

/// <summary>Which ZIPs the platform can place (an office's ZIP must be one). Organisations knows no map: Churches answers.</summary>
public interface IZipLocator
{
    /// <summary>The ZIP's five digits when it is one the platform knows ("37917-1234" → "37917"), else null.</summary>
    string? Known(string? zip);
}
