using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Family;

/// <summary>The family's say on the help (configuration section <c>Family</c>), validated on start.</summary>
public sealed class FamilyOptions
{
    public const string Section = "Family";

    /// <summary>How long a link sent to a family works (once).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "60.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A new link to the same family waits this long after the last one (not to press them); zero: no wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan AskAgainAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The family's number or address is erased this many days after the request closes.</summary>
    [Range(0, 3650)]
    public int EraseContactAfterDays { get; set; } = 30;

    /// <summary>How often a node looks for contacts to erase (any node may: an erased row is erased once).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ErasureInterval { get; set; } = TimeSpan.FromHours(1);
}
