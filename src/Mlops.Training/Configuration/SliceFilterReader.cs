using System.Globalization;
using Mlops.Core.Slicing;

namespace Mlops.Training.Configuration;

/// <summary>Turns one slice's <see cref="SliceFilterParams"/> tree into a <see cref="RowFilter"/>, adding an error per problem.</summary>
internal sealed class SliceFilterReader(string slice, SchemaParams schema, List<string> errors)
{
    public RowFilter? Read(SliceFilterParams? f, string key)
    {
        if (f is null)
        {
            Error(key, "is empty: give a column test (column with is, in, min, max or whole) or all, any or not");
            return null;
        }
        var test = f.Column is not null || f.Is is not null || f.In is not null || f.Min is not null || f.Max is not null || f.Whole is not null;
        var kinds = (test ? 1 : 0) + (f.All is null ? 0 : 1) + (f.Any is null ? 0 : 1) + (f.Not is null ? 0 : 1);
        if (kinds == 0)
        {
            Error(key, "is empty: give a column test (column with is, in, min, max or whole) or all, any or not");
            return null;
        }
        if (kinds > 1)
        {
            Error(key, "mixes a column test, all, any and not: one filter is exactly one of them (nest the others)");
            return null;
        }
        if (f.All is { } all)
        {
            return List(all, $"{key}.all") is { } filters ? FilterGroup.AllOf(filters) : null;
        }
        if (f.Any is { } any)
        {
            return List(any, $"{key}.any") is { } filters ? FilterGroup.AnyOf(filters) : null;
        }
        if (f.Not is { } not)
        {
            return Read(not, $"{key}.not") is { } inner ? new NotFilter(inner) : null;
        }
        return Cell(f, key);
    }

    private List<RowFilter>? List(List<SliceFilterParams> items, string key)
    {
        if (items.Count == 0)
        {
            Error(key, "is an empty list: give at least one filter");
            return null;
        }
        var filters = items.Select((item, i) => Read(item, $"{key}[{i}]")).ToList();
        return filters.Contains(null) ? null : [.. filters.OfType<RowFilter>()];
    }

    private CellCondition? Cell(SliceFilterParams f, string key)
    {
        if (string.IsNullOrEmpty(f.Column))
        {
            Error(key, "tests a value but names no column: add column");
            return null;
        }
        if (!schema.Columns.TryGetValue(f.Column, out var column))
        {
            Error(key, $"column '{f.Column}' is not a column of schema.columns ({string.Join(", ", schema.Columns.Keys)})");
            return null;
        }
        if (f.Is is null && f.In is null && f.Min is null && f.Max is null && f.Whole is null)
        {
            Error(key, $"names column '{f.Column}' but tests nothing: add is, in, min, max or whole");
            return null;
        }
        var numeric = column.Type == "numeric";
        if (!numeric && (f.Min is not null || f.Max is not null || f.Whole is not null))
        {
            Error(key, $"column '{f.Column}' is {column.Type}: min, max and whole test numbers only");
            return null;
        }
        if (f.Min > f.Max)
        {
            Error(key, $"min {F(f.Min.Value)} is above max {F(f.Max!.Value)}: the range selects nothing");
            return null;
        }
        if (f.In is { Count: 0 })
        {
            Error(key, "in is an empty list: it selects nothing");
            return null;
        }
        foreach (var value in (f.In ?? []).Concat(f.Is is null ? [] : [f.Is]))
        {
            if (numeric && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                Error(key, $"column '{f.Column}' is numeric but '{value}' is not a number");
            return null;
            }
            if (!numeric && column.Categories is { Count: > 0 } categories && !categories.Contains(value, StringComparer.Ordinal))
            {
                Error(key, $"'{value}' is not a category of column '{f.Column}' ({string.Join(", ", categories)})");
            return null;
            }
        }
        return new CellCondition(f.Column) { Is = f.Is, In = f.In, Min = f.Min, Max = f.Max, Whole = f.Whole };
    }

    private void Error(string key, string rule) => errors.Add($"slice '{slice}' ({key}): {rule}");

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
