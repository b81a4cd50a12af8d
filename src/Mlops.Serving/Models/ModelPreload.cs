namespace Mlops.Serving.Models;

/// <summary>The model load started while the web host is still being built, so that start-up overlaps it.</summary>
public sealed class ModelPreload(Task<ServedModel> model)
{
    public Task<ServedModel> Model { get; } = model;
}
