using Spectre.Console;

namespace Mlops.Cli.Infrastructure;

/// <summary>Builds the verbs' tables from a header and rows of already formatted (and escaped) cells.</summary>
public static class Tables
{
    public static Table Of(IEnumerable<string> columns, IEnumerable<string[]> rows)
    {
        var table = new Table().AddColumns([.. columns]);
        foreach (var row in rows)
        {
            table.AddRow(row);
        }
        return table;
    }

    public static void Write(IEnumerable<string> columns, IEnumerable<string[]> rows) => AnsiConsole.Write(Of(columns, rows));
}
