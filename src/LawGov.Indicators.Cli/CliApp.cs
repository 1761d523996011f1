using System.CommandLine;
using System.CommandLine.Help;
using System.Text.Json;
using LawGov.Indicators.Cli.Commands;

namespace LawGov.Indicators.Cli;

/// <summary>
/// The <c>lawgov-indicators</c> command line: builds the commands, parses, runs, and maps failures to exit codes.
/// Runs in-process, so tests call <see cref="Run"/> with their own writers.
/// </summary>
internal static class CliApp
{
    /// <summary>Each command is built by one factory, in the order the help lists them.</summary>
    private static readonly Func<CliContext, Command>[] Commands =
    [
        EvaluateCommand.Create,
        CheckCommand.Create,
        CatalogCommand.Create,
        SchemaCommand.Create,
        DueCommand.Create,
        TimelinessCommand.Create,
        IaqiCommand.Create,
        AirCommand.Create,
    ];

    public static int Run(string[] args, CliContext context)
    {
        RootCommand root = BuildRoot(context);
        ParseResult parsed = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine(error.Message);
            }
            context.Error.WriteLine("Run 'lawgov-indicators --help' for usage.");
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(invocation);
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "Evaluate the quantitative targets of rule-of-law plans against reported figures and raw records.");
        foreach (var factory in Commands)
        {
            root.Subcommands.Add(factory(context));
        }
        return root;
    }

    /// <summary>
    /// Runs a command body and turns bad input into a message on stderr and exit code 2, so that nothing on stdout
    /// pretends to be a result.
    /// </summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliInputException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (JsonException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Anything else is a bug of ours: say so plainly instead of dying with a stack trace.
            context.Error.WriteLine($"internal error ({ex.GetType().Name}): {ex.Message}. This is a bug in lawgov-indicators; please report it with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }
}
