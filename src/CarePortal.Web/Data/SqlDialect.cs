using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePortal.Web.Data;

/// <summary>What the report SQL says differently on SQLite and PostgreSQL: times, dates, money and time spans.</summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect Postgres = new PostgresDialect();

    public static SqlDialect For(AppDbContext db) => db is SqliteAppDbContext ? Sqlite : Postgres;

    /// <summary>A literal for an instant, compared with a DateTimeOffset column.</summary>
    public abstract string Time(DateTimeOffset at);

    public abstract string Day(DateOnly day);

    /// <summary>Seconds from <paramref name="earlier"/> to <paramref name="later"/>, both DateTimeOffset expressions.</summary>
    public abstract string SecondsBetween(string later, string earlier);

    /// <summary>A decimal money column as whole cents, so that sums stay exact on both providers.</summary>
    public abstract string Cents(string money);

    public abstract string AddDays(string dateColumn, int days);

    public abstract DateTimeOffset ReadTime(object value);

    /// <summary>A literal for a bool column.</summary>
    public abstract string Bool(bool value);

    /// <summary>
    /// A statement answering whether this transaction now holds the lock named by the two numbers (until it ends), without
    /// waiting; null where a write transaction already excludes every other writer (SQLite).
    /// </summary>
    public abstract string? TryLock(int key1, int key2);

    /// <summary>A statement that holds the rows of <paramref name="table"/> matching <paramref name="where"/> until the transaction ends (none where the whole database has one writer).</summary>
    public abstract string LockRows(string table, string where);

    /// <summary>Whether the whole database has one writer at a time (SQLite): work that waits for a batch writes at once instead.</summary>
    public abstract bool OneWriter { get; }

    /// <summary>Whether several GROUP BYs can be made in one pass over the rows (PostgreSQL's GROUPING SETS).</summary>
    public abstract bool GroupingSets { get; }

    /// <summary>
    /// A statement answering the count of <paramref name="column"/> over <paramref name="from"/> and its median and 90th
    /// percentile by nearest rank (the value at rank ⌈p·n⌉ of the sorted values).
    /// </summary>
    public abstract string NearestRanks(string column, string from);

    private sealed class SqliteDialect : SqlDialect
    {
        private static readonly DateTimeOffsetToBinaryConverter Converter = new();

        public override string Time(DateTimeOffset at) =>
            ((long)Converter.ConvertToProvider(at.ToUniversalTime())!).ToString(CultureInfo.InvariantCulture);

        public override string Day(DateOnly day) => "'" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

        // The converter stores (ticks / 1000) << 11 | offset minutes; times are written in UTC, so the offset bits are 0.
        public override string SecondsBetween(string later, string earlier) => $"((({later}) >> 11) - (({earlier}) >> 11)) / 10000.0";

        public override string Cents(string money) => $"CAST(ROUND(CAST({money} AS REAL) * 100) AS INTEGER)";

        public override string AddDays(string dateColumn, int days) =>
            $"date({dateColumn}, '+{days.ToString(CultureInfo.InvariantCulture)} days')";

        public override DateTimeOffset ReadTime(object value) => (DateTimeOffset)Converter.ConvertFromProvider(Convert.ToInt64(value, CultureInfo.InvariantCulture))!;

        public override bool GroupingSets => false;

        public override string Bool(bool value) => value ? "1" : "0";

        public override string? TryLock(int key1, int key2) => null;

        // A SQLite write transaction already excludes every other writer.
        public override string LockRows(string table, string where) => "";

        public override bool OneWriter => true;

        public override string NearestRanks(string column, string from) => $"""
            , ranked AS (SELECT {column} AS "S", ROW_NUMBER() OVER (ORDER BY {column}) AS "Rank", COUNT(*) OVER () AS "Total" FROM {from})
            SELECT COUNT(*) AS "Requests",
              MIN(CASE WHEN "Rank" * 2 >= "Total" THEN "S" END) AS "Median",
              MIN(CASE WHEN "Rank" * 10 >= "Total" * 9 THEN "S" END) AS "P90"
            FROM ranked
            """;
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string Time(DateTimeOffset at) =>
            "TIMESTAMPTZ '" + at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00'";

        public override string Day(DateOnly day) => "DATE '" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

        public override string SecondsBetween(string later, string earlier) => $"CAST(EXTRACT(EPOCH FROM ({later}) - ({earlier})) AS double precision)";

        public override string Cents(string money) => $"CAST(ROUND({money} * 100) AS bigint)";

        public override string AddDays(string dateColumn, int days) => $"({dateColumn} + {days.ToString(CultureInfo.InvariantCulture)})";

        public override DateTimeOffset ReadTime(object value) => value switch
        {
            DateTimeOffset at => at,
            DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
            _ => throw new InvalidOperationException($"Not a time: {value.GetType()}"),
        };

        public override bool GroupingSets => true;

        public override string Bool(bool value) => value ? "TRUE" : "FALSE";

        public override string? TryLock(int key1, int key2) =>
            string.Create(CultureInfo.InvariantCulture, $"SELECT pg_try_advisory_xact_lock({key1}, {key2})");

        // NO KEY UPDATE: refreshes take turns, yet the key-share lock a save's inserts hold on the same row does not block it
        // (FOR UPDATE did: two churches answering at once deadlocked, and one waited a second to be tried again).
        public override string LockRows(string table, string where) => $"SELECT 1 FROM \"{table}\" WHERE {where} ORDER BY \"Id\" FOR NO KEY UPDATE;";

        public override bool OneWriter => false;

        // percentile_disc answers the first value whose position reaches p·n: the nearest rank, sorting only this column.
        public override string NearestRanks(string column, string from) => $"""
            SELECT COUNT(*) AS "Requests",
              percentile_disc(0.5) WITHIN GROUP (ORDER BY {column}) AS "Median",
              percentile_disc(0.9) WITHIN GROUP (ORDER BY {column}) AS "P90"
            FROM {from}
            """;
    }
}
