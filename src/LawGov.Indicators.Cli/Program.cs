using LawGov.Indicators.Cli;

return CliApp.Run(args, CliContext.ForConsole());
