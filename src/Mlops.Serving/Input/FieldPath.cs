
namespace Mlops.Serving.Input;

/// <summary>Where a record sits in the body ("records", 3); formatted into a field path only when an error is reported.</summary>
internal readonly record struct FieldPath(string? Collection, int Index)
{
    public static readonly FieldPath Root = new(null, -1);

    public string Of(string field) => Collection is null ? field : $"{Collection}[{Index}].{field}";

    public string Self => Collection is null ? "$" : $"{Collection}[{Index}]";
}
