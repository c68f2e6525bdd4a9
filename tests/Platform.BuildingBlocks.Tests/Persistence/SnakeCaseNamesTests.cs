using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Tests.Persistence;

public sealed class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("TenantId", "tenant_id")]
    [InlineData("OutboxMessages", "outbox_messages")]
    [InlineData("IsLVUPlacement", "is_lvu_placement")]
    [InlineData("Id", "id")]
    public void Given_a_pascal_case_name_When_converted_Then_it_is_snake_case(string name, string expected)
    {
        // Assert
        Assert.Equal(expected, SnakeCaseNames.ToSnakeCase(name));
    }
}
