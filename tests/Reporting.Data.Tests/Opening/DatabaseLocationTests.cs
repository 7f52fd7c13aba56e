using Npgsql;
using Reporting.Data.Opening;

namespace Reporting.Data.Tests.Opening;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void Parse_TakesAPlainPath_ForASqliteFile()
    {
        var location = DatabaseLocation.Parse("out/sample.db");

        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "out", "sample.db"), location.Target);
        Assert.Equal(location.Target, location.Display);
    }

    [Theory]
    [InlineData("postgresql://reporter:s3cret@db.example.vn:6543/province")]
    [InlineData("postgres://reporter:s3cret@db.example.vn:6543/province")]
    [InlineData("POSTGRESQL://reporter:s3cret@db.example.vn:6543/province")]
    public void Parse_ReadsAPostgresUri_IntoAConnectionString(string uri)
    {
        var location = DatabaseLocation.Parse(uri);

        Assert.Equal(DatabaseProvider.PostgreSql, location.Provider);
        var builder = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal("db.example.vn", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("province", builder.Database);
        Assert.Equal("reporter", builder.Username);
        Assert.Equal("s3cret", builder.Password);
        Assert.Equal("postgresql://reporter@db.example.vn:6543/province", location.Display);
    }

    [Fact]
    public void Parse_DecodesAPercentEncodedPassword_AndTakesTheDefaultPort_AndSettings()
    {
        var location = DatabaseLocation.Parse("postgresql://bao%40cao:p%40ss%3Aw%2Frd@127.0.0.1/tinh?sslmode=disable");

        var builder = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal("bao@cao", builder.Username);
        Assert.Equal("p@ss:w/rd", builder.Password);
        Assert.Equal(5432, builder.Port);
        Assert.Equal(SslMode.Disable, builder.SslMode);
    }

    [Fact]
    public void Parse_TakesAnNpgsqlConnectionString()
    {
        var location = DatabaseLocation.Parse("Host=10.0.0.5;Port=5433;Database=reporting;Username=app;Password=x");

        Assert.True(location.IsPostgreSql);
        Assert.Equal("postgresql://app@10.0.0.5:5433/reporting", location.Display);
        Assert.Equal("x", new NpgsqlConnectionStringBuilder(location.Target).Password);
    }

    [Theory]
    [InlineData("mysql://root:pw@localhost/reporting", "mysql://")]
    [InlineData("sqlserver://db/reporting", "sqlserver://")]
    [InlineData("file:///tmp/reporting.db", "file://")]
    [InlineData("https://example.vn/reporting.db", "https://")]
    public void Parse_RefusesAnotherKindOfUri_SayingWhatIsAccepted(string value, string scheme)
    {
        var refused = Assert.Throws<DatabaseUnavailableException>(() => DatabaseLocation.Parse(value));

        Assert.Contains($"is a {scheme} address, which Reporting does not support", refused.Message, StringComparison.Ordinal);
        Assert.Contains("postgresql://user:password@host:port/database", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":pw@", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://user:pw@host:5432/")]
    [InlineData("postgresql://user:pw@host/a/b")]
    public void Parse_RefusesAPostgresUriWithoutADatabase(string value)
    {
        var refused = Assert.Throws<DatabaseUnavailableException>(() => DatabaseLocation.Parse(value));

        Assert.Contains("names no database", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":pw@", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesASettingPostgresDoesNotTake()
    {
        var refused = Assert.Throws<DatabaseUnavailableException>(() => DatabaseLocation.Parse("postgresql://u@h/d?colour=blue"));

        Assert.Contains("colour", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_OnPostgres_AskTheServerForReadOnlyTransactions_AndBoundedLockWaits()
    {
        var settings = new DatabaseSettings("postgresql://u:p@h/d", ReadOnly: true, BusyTimeout: TimeSpan.FromSeconds(7));

        var options = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Options;

        Assert.Equal("-c jit=off -c lock_timeout=7000 -c default_transaction_read_only=on", options);
    }

    [Fact]
    public void Settings_OnPostgres_LeaveJitToTheOperatorsOwnOptions_ButNotTheGuarantees()
    {
        var settings = new DatabaseSettings("Host=h;Database=d;Options=-c jit=on -c lock_timeout=0", BusyTimeout: TimeSpan.FromSeconds(7));

        var options = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Options;

        // The server takes the last of a setting given twice.
        Assert.Equal("-c jit=off -c jit=on -c lock_timeout=0 -c lock_timeout=7000", options);
    }
}
