using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChurchDirectoryVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChurchDirectoryVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurchDirectoryVersions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ChurchDirectoryVersions",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // ChurchDirectory reloads when this moves. A later migration that rebuilds "Churches" (SQLite's way of altering a
            // table) drops these triggers: it must create them again (ChurchDirectoryTests fails if it does not).
            foreach (var (name, when) in Triggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" AFTER {when} ON "Churches"
                    BEGIN UPDATE "ChurchDirectoryVersions" SET "Version" = "Version" + 1; END;
                    """);
            }
        }

        private static readonly (string Name, string When)[] Triggers =
        [
            ("Churches_DirectoryInsert", "INSERT"),
            ("Churches_DirectoryDelete", "DELETE"),
            ("Churches_DirectoryUpdate", "UPDATE OF \"Latitude\", \"Longitude\", \"RadiusMiles\", \"Needs\", \"Paused\", \"Active\""),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _) in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            }

            migrationBuilder.DropTable(
                name: "ChurchDirectoryVersions");
        }
    }
}
