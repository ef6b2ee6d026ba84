using Microsoft.Extensions.Logging;

namespace CarePortal.Web.Tests;

/// <summary>
/// Every error the app under test logs, appended to the file named by CAREPORTAL_TEST_ERROR_LOG (test.sh prints it when a
/// try fails), so that a 500 met in a long run can be traced to its exception and not only to its status code.
/// </summary>
public sealed class ServerErrorLog(string app) : ILoggerProvider
{
    private static readonly Lock Writing = new();

    private static string? File => Environment.GetEnvironmentVariable("CAREPORTAL_TEST_ERROR_LOG") is { Length: > 0 } path ? path : null;

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(app, categoryName);

    public void Dispose()
    {
    }

    private sealed class ErrorLogger(string app, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && File is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || File is not { } file)
            {
                return;
            }

            var message = formatter(state, exception);
            // EF Core logs its first look for the migrations table of a new database as an error; it is not one.
            if (message.Contains("__EFMigrationsHistory", StringComparison.Ordinal))
            {
                return;
            }

            var entry = $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {app} {category}: {message}{Environment.NewLine}{exception}{Environment.NewLine}";
            lock (Writing)
            {
                System.IO.File.AppendAllText(file, entry);
            }
        }
    }
}
