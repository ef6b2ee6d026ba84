using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Data;

/// <summary>Which database the platform runs on: SQLite in a file under the data folder, or PostgreSQL.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required, RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Empty for SQLite means <c>careportal.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL only: how often a command that failed for a transient reason (a restart, a dropped connection) is tried again; 0 never.</summary>
    [Range(0, 20)]
    public int MaxRetryCount { get; set; } = 5;

    /// <summary>PostgreSQL only: the longest wait between two tries (the waits grow from about a second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}

/// <summary>Where files live that must not be served: the SQLite file and attachments.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required]
    public string DataDirectory { get; set; } = "data";

    [Range(1024, 100 * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}
