using Assessment.Consumers;
using MassTransit;

namespace Assessment.Tests.Unit;

public sealed class ConsumerQueueTests
{
    [Fact]
    public void Given_the_service_endpoint_naming_When_the_report_registered_consumer_is_named_Then_its_queue_is_assessment_report_registered()
    {
        // Arrange: the formatter MessagingExtensions configures for the assessment service.
        var formatter = new KebabCaseEndpointNameFormatter("assessment", false);

        // Act
        var queue = formatter.Consumer<ReportRegisteredConsumer>();

        // Assert
        Assert.Equal("assessment-report-registered", queue);
    }
}
