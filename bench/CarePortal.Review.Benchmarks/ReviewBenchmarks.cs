using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace CarePortal.Review.Benchmarks;

// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(OneCoreConfig))]
public class ReviewBenchmarks
{
    private const int CorpusSize = 90;

    // Lexicon.Load is private: reflection keeps the reviewer's surface as it is.
    private static readonly MethodInfo LoadLexicon = typeof(Reviewer).Assembly.GetType("CarePortal.Review.Text.Lexicon", throwOnError: true)!
        .GetMethod("Load", BindingFlags.NonPublic | BindingFlags.Static)
        ?? throw new InvalidOperationException("CarePortal.Review.Text.Lexicon.Load not found");

    private (string Text, string Need)[] corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "dev.jsonl");
        corpus = File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("need").GetString()!))
            .ToArray();
        if (corpus.Length != CorpusSize)
        {
            throw new InvalidOperationException($"Expected {CorpusSize} descriptions, found {corpus.Length}");
        }

        _ = Reviewer.Default.Review(corpus[0].Text, corpus[0].Need);
    }

    /// <summary>Reviews every dev description; the reported mean is per description.</summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int ReviewCorpus()
    {
        var findings = 0;
        foreach (var (text, need) in corpus)
        {
            findings += Reviewer.Default.Review(text, need).Findings.Count;
        }

        return findings;
    }

    /// <summary>Builds the word and name lists from the embedded data, as the first review in a process does.</summary>
    [Benchmark]
    public object LoadDictionaries() => LoadLexicon.Invoke(null, null)!;

    /// <summary>A reviewer once the shared lexicon is loaded: the built-in glossary and need templates.</summary>
    [Benchmark]
    public Reviewer CreateReviewer() => new(new ReviewerOptions());
}
