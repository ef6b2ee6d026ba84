using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurchDirectoryVersions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ChurchDirectoryVersions",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // ChurchDirectory reloads when this moves: once per statement that changes where or what a church serves.
            migrationBuilder.Sql("""
                CREATE FUNCTION church_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE "ChurchDirectoryVersions" SET "Version" = "Version" + 1; RETURN NULL; END $$;
                CREATE TRIGGER "Churches_DirectoryChanged"
                AFTER INSERT OR DELETE OR UPDATE OF "Latitude", "Longitude", "RadiusMiles", "Needs", "Paused", "Active" ON "Churches"
                FOR EACH STATEMENT EXECUTE FUNCTION church_directory_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Churches_DirectoryChanged" ON "Churches";
                DROP FUNCTION IF EXISTS church_directory_changed();
                """);

            migrationBuilder.DropTable(
                name: "ChurchDirectoryVersions");
        }
    }
}
