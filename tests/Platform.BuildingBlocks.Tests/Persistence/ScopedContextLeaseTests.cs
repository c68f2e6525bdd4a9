using Intake.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Hosting;

namespace Platform.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A scope disposes its pooled context under every name it is registered by. Only the scope's lease may
/// return it to the pool: a second return, after another request leased it, took it from that request
/// mid-query (seen under load as "Cannot access a disposed context instance" and "Can't close, connection
/// is in state Connecting").
/// </summary>
public sealed class ScopedContextLeaseTests
{
    [Fact]
    public async Task Given_a_scope_disposing_its_context_under_another_name_When_another_scope_leases_Then_it_gets_another_context()
    {
        // Arrange
        await using var services = Services();
        await using var first = services.CreateAsyncScope();
        var context = first.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var alias = first.ServiceProvider.GetRequiredService<ServiceDbContext>();

        // Act
        await alias.DisposeAsync();
        await using var second = services.CreateAsyncScope();

        // Assert
        Assert.Same(context, alias);
        Assert.NotSame(context, second.ServiceProvider.GetRequiredService<IntakeDbContext>());
    }

    [Fact]
    public async Task Given_a_disposed_scope_When_another_scope_leases_Then_the_context_comes_back_from_the_pool_once()
    {
        // Arrange
        await using var services = Services();
        IntakeDbContext returned;
        await using (var first = services.CreateAsyncScope())
        {
            returned = first.ServiceProvider.GetRequiredService<IntakeDbContext>();
            _ = first.ServiceProvider.GetRequiredService<ServiceDbContext>();
        }

        // Act
        await using var second = services.CreateAsyncScope();
        await using var third = services.CreateAsyncScope();
        var leased = new[] { second, third }.Select(s => s.ServiceProvider.GetRequiredService<IntakeDbContext>()).ToList();

        // Assert
        Assert.Single(leased, c => ReferenceEquals(c, returned));
        Assert.NotSame(leased[0], leased[1]);
    }

    private static ServiceProvider Services()
    {
        var builder = WebApplication.CreateSlimBuilder();
        const string connection = "Host=127.0.0.1;Port=1;Database=intake;Username=nobody;Password=none";
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:intake"] = connection,
            [$"ConnectionStrings:{PlatformResources.MigrationsConnectionName("intake")}"] = connection,
        });
        builder.AddServiceDatabase<IntakeDbContext>("intake");
        builder.Services.AddAccessLog<IntakeDbContext>();
        return builder.Services.BuildServiceProvider();
    }
}
