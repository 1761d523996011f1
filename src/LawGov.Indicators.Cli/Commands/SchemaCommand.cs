using System.CommandLine;
using LawGov.Indicators.Serialization;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>schema</c>: prints the JSON Schema of the catalog format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "schema",
            """
            Print the JSON Schema (draft 2020-12) of the catalog format. The repository keeps a copy in
            seeds/catalog.schema.json; a test fails when it drifts from the library.

            Example:
              lawgov-indicators schema > seeds/catalog.schema.json
            """);
        command.SetAction(_ => CliApp.Guard(context, () =>
        {
            context.Output.Write(CatalogJson.GetSchema());
            return ExitCodes.Success;
        }));
        return command;
    }
}
