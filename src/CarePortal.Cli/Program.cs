using CarePortal.Cli;

var colour = CliApp.ColourWanted(isTerminal: !Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
return CliApp.Run(args, Console.In, Console.Out, Console.Error, colour);
