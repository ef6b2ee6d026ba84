using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PrivateDetailsVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PrivateDetails",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Details saved before versions count as saved once: a writer who read none (0) cannot save over them unseen.
            migrationBuilder.Sql("""UPDATE "PrivateDetails" SET "Version" = 1;""");

            // Attachment kinds were stored as whatever number came in (99), and every read of the private details failed.
            migrationBuilder.Sql("""UPDATE "Attachments" SET "Kind" = 'Other' WHERE "Kind" NOT IN ('Bill', 'Lease', 'Other');""");

            // Assignments of people no longer in the church that made them (left behind by removing a responder) end.
            migrationBuilder.Sql("""
                DELETE FROM "ResponderAssignments" WHERE NOT EXISTS (
                    SELECT 1 FROM "Memberships" m WHERE m."UserId" = "ResponderAssignments"."UserId"
                    AND (m."OrganisationId" = "ResponderAssignments"."ChurchId"
                        OR m."OrganisationId" IN (SELECT o."Id" FROM "Organisations" o WHERE o."ParentId" = "ResponderAssignments"."ChurchId")));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "PrivateDetails");
        }
    }
}
