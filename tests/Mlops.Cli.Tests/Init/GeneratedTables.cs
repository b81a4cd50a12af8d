using static Mlops.Cli.Tests.Init.GeneratedTable;

namespace Mlops.Cli.Tests.Init;

/// <summary>The table shapes #17 asks `mlops init` to handle end to end (regression is tested with that task's branch).</summary>
public static class GeneratedTables
{
    public static GeneratedTable ByName(string name) => name switch
    {
        "binary" => Binary(),
        "ten classes" => TenClasses(),
        "numeric only" => NumericOnly(),
        "mostly categorical" => MostlyCategorical(),
        "missing values" => WithMissingValues(),
        "accented header" => AccentedHeader(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such generated table"),
    };

    public static GeneratedTable Binary() => Build("binary", "churn.csv", "customer_id,age,monthly_fee,plan,churned", 400, r =>
    {
        var (age, fee, plan) = (18 + r.Next(60), 10 + (r.NextDouble() * 90), Pick(r, "basic", "plus", "pro"));
        var churn = (age < 35 && plan == "basic") || fee > 85;
        return ($"C{r.Next(1_000_000):D7},{age},{N(fee, "0.00")},{plan}", Noisy(r, churn, "yes", "no"));
    });

    // Ten bands of x, one class each; z is noise.
    public static GeneratedTable TenClasses() => Build("ten classes", "bands.csv", "x,z,band", 800, r =>
    {
        var x = r.NextDouble() * 10;
        return ($"{N(x, "0.0000")},{N(r.NextDouble())}", $"band_{(int)x}");
    });

    public static GeneratedTable NumericOnly() => Build("numeric only", "sensors.csv", "t1,t2,t3,alarm", 400, r =>
    {
        var (t1, t2, t3) = (r.NextDouble() * 4 - 2, r.NextDouble() * 100, r.NextDouble());
        return ($"{N(t1, "0.0000")},{N(t2, "0.00")},{N(t3, "0.0000")}", Noisy(r, t1 + (t2 / 50) > 1.2, "1", "0"));
    });

    // Six text columns: a comma inside a category, a city column of 80 values (20 kept + other), a code column that is
    // unique per row (dropped as an identifier), and a yes/no column.
    public static GeneratedTable MostlyCategorical() => Build("mostly categorical", "shop.csv", "color,size,city,channel,member,code,weight,bought", 600, r =>
    {
        var (color, size, member) = (Pick(r, "blue", "red, dark", "green", "white"), Pick(r, "S", "M", "L"), Pick(r, "yes", "no"));
        var buy = (color == "blue") ^ (size == "L") || member == "yes" && size == "S";
        return ($"\"{color}\",{size},city_{r.Next(80):D2},{Pick(r, "web", "store")},{member},K{r.Next():X8},{N(r.NextDouble() * 5)}",
            Noisy(r, buy, "bought", "left"));
    });

    // 10% empty cells in one numeric and one categorical column, 2% NA in another, and 3% rows without a label.
    public static GeneratedTable WithMissingValues() => Build("missing values", "loans.csv", "income,debt,region,job,default", 600, r =>
    {
        var (income, debt, region, job) = (20 + (r.NextDouble() * 80), r.NextDouble() * 50, Pick(r, "north", "south", "east"), Pick(r, "a", "b", "c"));
        var label = Noisy(r, debt > income / 2 || region == "east" && job == "c", "defaulted", "repaid");
        var incomeCell = r.NextDouble() < 0.1 ? "" : N(income, "0.0");
        var regionCell = r.NextDouble() < 0.1 ? "" : region;
        var jobCell = r.NextDouble() < 0.02 ? "NA" : job;
        return ($"{incomeCell},{N(debt, "0.0")},{regionCell},{jobCell}", r.NextDouble() < 0.03 ? "" : label);
    });

    // Spaces, accents (one decomposed) and a repeated header name, ';' with decimal commas, a BOM and CRLF line ends.
    public static GeneratedTable AccentedHeader() => Build("accented header", "enquête clients.csv",
        "\"Âge du client\";Taille (cm);Catégorie socio;Catégorie socio;Re\u0301sultat final", 500, r =>
    {
        var (age, height, category) = (18 + (r.NextDouble() * 60), 150 + (r.NextDouble() * 45), Pick(r, "élevé", "moyen", "bas"));
        var yes = age > 50 && category != "bas" || height > 185;
        return ($"{N(age, "0.0").Replace('.', ',')};{N(height, "0").Replace('.', ',')};{category};{Pick(r, "x", "y")}", Noisy(r, yes, "oui", "non"));
    }, delimiter: ';', newLine: "\r\n", bom: true);
}
