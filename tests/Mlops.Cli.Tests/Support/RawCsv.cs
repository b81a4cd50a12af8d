namespace Mlops.Cli.Tests.Support;

/// <summary>Edits the raw dataset (CRLF, no quoting) to plant one specific defect.</summary>
public static class RawCsv
{
    public static void SetCell(Workspace workspace, int dataRow, string column, string value) =>
        Edit(workspace, lines =>
        {
            var index = Array.IndexOf(lines[0].Split(','), column);
            Assert.True(index >= 0, $"no column {column}");
            var fields = lines[dataRow].Split(',');
            fields[index] = value;
            lines[dataRow] = string.Join(',', fields);
        });

    public static void DropColumn(Workspace workspace, string column) =>
        Edit(workspace, lines =>
        {
            var index = Array.IndexOf(lines[0].Split(','), column);
            for (var i = 0; i < lines.Length; i++)
            {
                var fields = lines[i].Split(',').ToList();
                fields.RemoveAt(index);
                lines[i] = string.Join(',', fields);
            }
        });

    public static void DropLastRow(Workspace workspace) =>
        Edit(workspace, _ => { }, dropLast: true);

    private static void Edit(Workspace workspace, Action<string[]> change, bool dropLast = false)
    {
        var text = File.ReadAllText(workspace.RawCsv);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        if (dropLast)
        {
            lines = lines[..^1];
        }
        change(lines);
        File.WriteAllText(workspace.RawCsv, string.Join("\r\n", lines) + "\r\n");
    }
}
