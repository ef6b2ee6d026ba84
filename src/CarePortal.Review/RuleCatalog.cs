namespace CarePortal.Review;

/// <summary>Every rule's descriptor: the ids of the corpus format plus the product's own suggestions.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleInfo> All { get; } = [];

    public static RuleInfo? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
