using Investigation.Consumers;
using MassTransit;

namespace Investigation.Tests.Unit;

public sealed class ConsumerQueueTests
{
    [Fact]
    public void Given_the_service_endpoint_naming_When_its_consumers_are_named_Then_each_has_a_queue_of_its_own_under_investigation()
    {
        // Arrange: the formatter MessagingExtensions configures for the investigation service.
        var formatter = new KebabCaseEndpointNameFormatter("investigation", false);

        // Act
        string[] queues =
        [
            formatter.Consumer<ReportRegisteredConsumer>(),
            formatter.Consumer<InvestigationRequestedConsumer>(),
            formatter.Consumer<PlacementStartedConsumer>(),
        ];

        // Assert
        Assert.Equal(["investigation-report-registered", "investigation-investigation-requested", "investigation-placement-started"], queues);
    }
}
