using Mlops.Core.Errors;
using Mlops.Storage.Postgres;
using Npgsql;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>URI and connection-string parsing; needs no server.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgresql://mlops:s%40cret@db.example:6543/tracking")]
    [InlineData("postgresql+psycopg2://mlops:s%40cret@db.example:6543/tracking")]
    [InlineData("postgres://mlops:s%40cret@db.example:6543/tracking")]
    public void Parse_MlflowUri_MapsEveryPart(string uri)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(uri));

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("mlops", builder.Username);
        Assert.Equal("s@cret", builder.Password);
        Assert.Equal("tracking", builder.Database);
    }

    [Fact]
    public void Parse_UriWithoutPortWithSslMode_DefaultPortAndSslMode()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.Parse("postgresql://mlops@db/tracking?sslmode=verify-full&application_name=mlops-cli"));

        Assert.Equal(5432, builder.Port);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("mlops-cli", builder.ApplicationName);
        Assert.Null(builder.Password);
    }

    [Fact]
    public void Parse_NpgsqlConnectionString_KeptAsIs()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.Parse("Host=db;Port=6000;Username=mlops;Database=tracking"));

        Assert.Equal(("db", 6000, "tracking"), (builder.Host, builder.Port, builder.Database));
    }

    [Fact]
    public void Parse_UnsupportedQueryParameter_InvalidNamingItWithoutPassword()
    {
        var error = Assert.Throws<MlopsException>(() => PostgresConnectionString.Parse("postgresql://u:hunter2@db/x?flavour=mint"));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("flavour=mint", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bogus Keyword=1")]
    public void Parse_InvalidConnectionString_InvalidParameterValue(string value)
    {
        var error = Assert.Throws<MlopsException>(() => PostgresConnectionString.Parse(value));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
    }
}
