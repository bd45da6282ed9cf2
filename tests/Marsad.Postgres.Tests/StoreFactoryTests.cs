using Marsad.Storage;
using Npgsql;

namespace Marsad.Tests;

/// <summary>How a <c>--db</c> value chooses the store.</summary>
public sealed class StoreFactoryTests
{
    [Theory]
    [InlineData("marsad.db")]
    [InlineData("/var/lib/marsad/news.db")]
    [InlineData("postgres.db")]
    public void A_file_name_is_the_embedded_store(string database) => Assert.False(StoreFactory.IsServer(database));

    [Theory]
    [InlineData("postgres://marsad@db.example:5432/news")]
    [InlineData("postgresql://marsad@db.example/news")]
    [InlineData("Host=db.example;Database=news;Username=marsad")]
    public void A_postgres_url_or_connection_string_is_the_server_store(string database) => Assert.True(StoreFactory.IsServer(database));

    [Fact]
    public void A_url_gives_its_user_password_host_port_and_database()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreFactory.ConnectionString("postgres://marsad:s%40cret@10.1.2.3:6543/news"));

        Assert.Equal(("marsad", "s@cret", "10.1.2.3", 6543, "news"), (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database));
    }

    [Fact]
    public void A_url_without_a_port_uses_the_default_one() =>
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(StoreFactory.ConnectionString("postgres://marsad@db.example/news")).Port);

    [Fact]
    public void A_urls_query_parameters_become_connection_settings() =>
        Assert.Equal(SslMode.Require, new NpgsqlConnectionStringBuilder(StoreFactory.ConnectionString("postgres://u@h/news?sslmode=require")).SslMode);

    [Fact]
    public void A_store_is_described_without_its_password() =>
        Assert.Equal("postgres://h:5432/news", StoreFactory.Describe("postgres://u:hunter2@h/news"));
}
