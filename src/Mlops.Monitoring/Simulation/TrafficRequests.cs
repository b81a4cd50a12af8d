using System.Globalization;
using System.Text.Json;

namespace Mlops.Monitoring.Simulation;

/// <summary>The plan drawn up front (rows, shifts, which get a label), so concurrency cannot change what is sent.</summary>
internal sealed class TrafficRequests
{
    private TrafficRequests(byte[][] bodies, string[] labels, bool[] labelled, string?[] units)
    {
        Bodies = bodies;
        Labels = labels;
        Labelled = labelled;
        Units = units;
    }

    public byte[][] Bodies { get; }

    public string[] Labels { get; }

    public bool[] Labelled { get; }

    /// <summary>Each request's <c>X-Mlops-Unit</c> key, null when the plan sends none.</summary>
    public string?[] Units { get; }

    public static TrafficRequests Draw(TrafficPlan plan)
    {
        if (plan.Rows.Count == 0)
        {
            throw new ArgumentException("the plan has no rows to send", nameof(plan));
        }
        var random = new Random(plan.Seed);
        var order = Enumerable.Range(0, plan.Rows.Count).ToArray();
        var bodies = new byte[plan.RowCount][];
        var labels = new string[plan.RowCount];
        var labelled = new bool[plan.RowCount];
        var units = new string?[plan.RowCount];
        for (var i = 0; i < plan.RowCount; i++)
        {
            var pass = i % order.Length;
            if (pass == 0)
            {
                random.Shuffle(order);
            }
            var row = (string[])plan.Rows[order[pass]].Clone();
            plan.Shift.Apply(row, plan.Columns, random);
            bodies[i] = Body(row, plan.Columns);
            labels[i] = plan.Labels[order[pass]];
            labelled[i] = random.NextDouble() < plan.LabelShare;
            // A draw only when units are asked for, so a plan without them sends exactly what it sent before.
            units[i] = plan.Units > 0 ? UnitKey(random.Next(plan.Units)) : null;
        }
        return new TrafficRequests(bodies, labels, labelled, units);
    }

    private static string UnitKey(int unit) => "unit-" + unit.ToString(CultureInfo.InvariantCulture);

    /// <summary>One /predict body: numbers as JSON numbers, categories as strings, as a client would send them.</summary>
    private static byte[] Body(string[] row, IReadOnlyList<SimulatedColumn> columns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].IsNumeric && double.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    writer.WriteNumber(columns[c].Name, value);
                }
                else
                {
                    writer.WriteString(columns[c].Name, row[c]);
                }
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
