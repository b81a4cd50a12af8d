namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>All PostgreSQL test classes share one throwaway server; each class gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
