namespace Mlops.Training.Configuration;

/// <summary>Semantic checks of the features section: encodings, named sets and derived features against the schema.</summary>
internal static class FeatureChecks
{
    private static readonly string[] Encodings = ["onehot", "ordinal"];
    private static readonly string[] Scalings = ["standard", "minmax", "none"];

    public static void Check(PipelineParams p, List<string> errors)
    {
        var f = p.Features;
        if (f.Version < 1)
        {
            errors.Add($"features.version must be at least 1, got {f.Version}");
        }
        ParamsValidator.OneOf(errors, "features.set", f.Set, [FeatureParams.FullSet, .. f.Sets.Keys]);
        ParamsValidator.OneOf(errors, "features.categorical_encoding", f.CategoricalEncoding, Encodings);
        ParamsValidator.OneOf(errors, "features.scaling", f.Scaling, Scalings);
        foreach (var (name, dropped) in f.Sets)
        {
            if (name == FeatureParams.FullSet)
            {
                errors.Add($"features.sets.{name}: '{FeatureParams.FullSet}' is the set of every column and cannot be redefined");
            }
            foreach (var column in dropped.Where(c => !p.Schema.Columns.ContainsKey(c)))
            {
                errors.Add($"features.sets.{name} drops '{column}', which is no schema column (schema.columns)");
            }
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < f.Derived.Count; i++)
        {
            CheckDerived(p.Schema, f.Derived[i], $"features.derived[{i}]", names, errors);
        }
    }

    private static void CheckDerived(SchemaParams schema, DerivedFeatureParams derived, string key, HashSet<string> names, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(derived.Name))
        {
            errors.Add($"{key}.name must not be empty");
        }
        else if (schema.Columns.ContainsKey(derived.Name))
        {
            errors.Add($"{key}.name '{derived.Name}' is already a schema column (schema.columns)");
        }
        else if (!names.Add(derived.Name))
        {
            errors.Add($"{key}.name '{derived.Name}' names two derived features");
        }
        if (derived.Ratio is not { } ratio)
        {
            errors.Add($"{key} needs ratio: {{numerator: COLUMN, denominator: COLUMN, denominator_power: N}}");
            return;
        }
        NumericColumn(schema, $"{key}.ratio.numerator", ratio.Numerator, errors);
        NumericColumn(schema, $"{key}.ratio.denominator", ratio.Denominator, errors);
        if (ratio.DenominatorPower < 1)
        {
            errors.Add($"{key}.ratio.denominator_power must be at least 1, got {ratio.DenominatorPower}");
        }
    }

    private static void NumericColumn(SchemaParams schema, string key, string column, List<string> errors)
    {
        if (!schema.Columns.TryGetValue(column, out var schemaColumn))
        {
            errors.Add($"{key} '{column}' is no schema column (schema.columns)");
        }
        else if (schemaColumn.Type != "numeric")
        {
            errors.Add($"{key} '{column}' is a {schemaColumn.Type} column; a ratio needs numeric columns");
        }
    }
}
