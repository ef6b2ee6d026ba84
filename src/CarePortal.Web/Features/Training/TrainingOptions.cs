using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Training;

/// <summary>The <c>Training</c> section: how long a resume link lives and how many one address may receive.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    [Range(1, 100)]
    public int MaxEmailsPerHour { get; set; } = 5;
}
