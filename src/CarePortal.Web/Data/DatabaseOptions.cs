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
