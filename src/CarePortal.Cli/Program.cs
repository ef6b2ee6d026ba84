using System.Text;
using CarePortal.Cli;

var colour = CliApp.ColourWanted(isTerminal: !Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
// Our own buffered reader and writer: Console.Out writes each line with its own system call; the commands flush
// when output must be seen (review --jsonl before it waits for the next request).
using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16);
return CliApp.Run(args, stdin, stdout, Console.Error, colour);
