using Platform.Contracts.Tenancy;

namespace Platform.BuildingBlocks.Tests.Tenancy;

public sealed class TenantIdTests
{
    [Theory]
    [InlineData("0484", TenantKind.Municipality)]
    [InlineData("2282", TenantKind.Municipality)]
    [InlineData("06", TenantKind.Region)]
    public void Given_a_kommunkod_or_lanskod_When_parsed_Then_its_kind_is_known(string text, TenantKind kind)
    {
        // Act
        var parsed = TenantId.TryParse(text, out var tenant);

        // Assert
        Assert.True(parsed);
        Assert.Equal(kind, tenant.Kind);
        Assert.Equal(text, tenant.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("484")]
    [InlineData("04a4")]
    [InlineData("00")]
    [InlineData("0012")]
    [InlineData("*")]
    [InlineData("0484' OR '1'='1")]
    public void Given_anything_else_When_parsed_Then_it_is_refused(string? text)
    {
        // Act
        var parsed = TenantId.TryParse(text, out _);

        // Assert
        Assert.False(parsed);
    }

    [Fact]
    public void Given_a_municipality_When_asked_for_its_county_Then_the_first_two_digits_answer()
    {
        // Assert
        Assert.Equal("04", TenantId.Parse("0484").County);
    }
}
