using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CarePortal.Web.Tests.Features.Observability;

/// <summary>
/// A real logger provider that appends every entry (level, category, message, each structured value, the exception) to a
/// file, so a test can read all the text a log shipper would see. Written by hand: the served file loggers bring a logging
/// framework of their own, and a test needs only this.
/// </summary>
public sealed class FileLog(string path) : ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, Logger> loggers = new();

    public string Path => path;

    public ILogger CreateLogger(string categoryName) => loggers.GetOrAdd(categoryName, name => new Logger(this, name));

    public void Dispose()
    {
    }

    public string ReadAll()
    {
        lock (gate)
        {
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }
    }

    private void Write(string line)
    {
        lock (gate)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    private sealed class Logger(FileLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            log.Write($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)} | {values} | {exception}");
        }
    }
}
