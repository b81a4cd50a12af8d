namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Body of predictions/append: one batch, converted both ways by <see cref="PredictionBatchWire"/>.</summary>
public sealed record PredictionBatchDto(PredictionSchemaDto? Schema, PredictionColumnsDto? Columns);
