using System.Security.Claims;
using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// The agency admin sets the agency's glossary additions or need templates (JSON, the reviewer's own file shapes), each
/// checked by the reviewer's loader first; and previews how the reviewer judges a sample text with the data as typed.
/// </summary>
public sealed class SetReviewData(AppDbContext db, AgencySettings agencies, AgencyReviewers reviewers, IAuditTrail audit)
{
    public const int MaxSample = 5000;

    public async Task SetAsync(ClaimsPrincipal user, int agencyId, ReviewData kind, string? json, CancellationToken ct)
    {
        var agency = await agencies.AgencyAsync(user, agencyId, ct);
        json = string.IsNullOrWhiteSpace(json) ? null : json.Trim();
        if (json is not null && AgencyReviewers.Problem(json, kind) is { } problem)
        {
            throw RefusedException.Invalid(Field(kind), problem);
        }

        if (kind == ReviewData.Glossary)
        {
            agency.ReviewGlossary = json;
        }
        else
        {
            agency.ReviewNeedTemplates = json;
        }

        audit.Record(user, kind == ReviewData.Glossary ? "agency-glossary-set" : "agency-need-templates-set",
            $"{(kind == ReviewData.Glossary ? "Glossary additions" : "Need templates")} of {agency.Name} {(json is null ? "removed" : $"set ({json.Length} characters)")}.", agency.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The reviewer's findings on <paramref name="sample"/> with the data as typed (not saved); refused data or input says why.</summary>
    public ReviewResult Preview(string? glossary, string? needTemplates, string? sample, string? need)
    {
        glossary = string.IsNullOrWhiteSpace(glossary) ? null : glossary.Trim();
        needTemplates = string.IsNullOrWhiteSpace(needTemplates) ? null : needTemplates.Trim();
        var errors = new Dictionary<string, string[]>();
        foreach (var (json, kind) in new[] { (glossary, ReviewData.Glossary), (needTemplates, ReviewData.NeedTemplates) })
        {
            if (json is not null && AgencyReviewers.Problem(json, kind) is { } problem)
            {
                errors[Field(kind)] = [problem];
            }
        }

        if (string.IsNullOrWhiteSpace(sample) || sample.Length > MaxSample || !PlainTextAttribute.IsPlain(sample, lines: true))
        {
            errors["sample"] = [$"Write a sample description to judge: up to {MaxSample:N0} characters of plain text."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var reviewer = reviewers.For(glossary, needTemplates);
        if (need is null || !reviewer.Needs.Contains(need, StringComparer.OrdinalIgnoreCase))
        {
            throw RefusedException.Invalid("need", $"Choose the sample's need: {string.Join(", ", reviewer.Needs.Order(StringComparer.Ordinal))}.");
        }

        return reviewer.Review(sample!, need);
    }

    public static string Field(ReviewData kind) => kind == ReviewData.Glossary ? "glossary" : "needTemplates";
}
