using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Intake;

namespace Platform.BuildingBlocks.Tests.Messaging;

/// <summary>The envelope the outbox stores is one MassTransit's own deserializer reads, as MassTransit would have written it.</summary>
public sealed class OutboxEnvelopeTests
{
    private static readonly ReportRegistered Message = new()
    {
        EventId = Guid.NewGuid(),
        TenantId = "0484",
        OccurredAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1)),
        ReportId = Guid.NewGuid(),
        CaseNumber = "2026-000001",
        ReceivedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)),
        Classification = Classification.AnnanKannedom,
        ReporterCategory = ReporterCategory.School,
        IsMandatoryReporter = true,
        FeedbackRequested = false,
        ConcernCategories = [ConcernCategory.SubstanceUse],
        ChildId = Guid.NewGuid(),
        ChildGender = LegalGender.Female,
        ChildBirthYearMonth = "2015-03",
        IsProtectedIdentity = false,
    };

    // As the bus is configured (MessagingExtensions): MassTransit's deserializer reads with the outbox's settings.
    public OutboxEnvelopeTests() => SystemTextJsonMessageSerializer.Options = OutboxEnvelope.Options;

    [Fact]
    public void Given_an_event_with_a_redelivery_count_When_stored_Then_MassTransits_deserializer_reads_its_id_types_count_and_message()
    {
        // Act
        var body = OutboxEnvelope.ForEvent(Message, typeof(ReportRegistered), Message.EventId, null, Message.OccurredAt, redelivery: 2);
        var read = Deserialize(body);

        // Assert
        Assert.Equal(Message.EventId, read.MessageId);
        Assert.Equal(Message.EventId, read.CorrelationId);
        Assert.NotNull(read.ConversationId);
        Assert.Equal(MessageTypeCache<ReportRegistered>.MessageTypeNames, read.SupportedMessageTypes);
        Assert.Contains("urn:message:intake:report-registered:v1", read.SupportedMessageTypes);
        Assert.Equal(2, read.Headers.Get<int>("platform-redelivery"));
        Assert.Equal(Message.OccurredAt.UtcDateTime, read.SentTime);
        Assert.True(read.TryGetMessage<ReportRegistered>(out var message));
        Assert.Equal(Message with { ConcernCategories = message!.ConcernCategories }, message);
        Assert.Equal(Message.ConcernCategories, message.ConcernCategories);
        Assert.Contains("\"substance-use\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_event_When_stored_Then_its_message_and_type_names_are_those_MassTransit_writes_itself()
    {
        // Arrange
        var sent = new MessageSendContext<ReportRegistered>(Message) { MessageId = Message.EventId };
        var written = JsonDocument.Parse(new SystemTextJsonMessageBody<ReportRegistered>(sent, OutboxEnvelope.Options).GetString()).RootElement;

        // Act
        var stored = JsonDocument.Parse(OutboxEnvelope.ForEvent(Message, typeof(ReportRegistered), Message.EventId, null, Message.OccurredAt)).RootElement;

        // Assert
        Assert.True(JsonElement.DeepEquals(written.GetProperty("message"), stored.GetProperty("message")));
        Assert.True(JsonElement.DeepEquals(written.GetProperty("messageType"), stored.GetProperty("messageType")));
        Assert.True(JsonElement.DeepEquals(written.GetProperty("host"), stored.GetProperty("host")));
        Assert.Equal(written.GetProperty("messageId").GetString(), stored.GetProperty("messageId").GetString());
        Assert.Empty(stored.GetProperty("headers").EnumerateObject());
    }

    [Fact]
    public void Given_a_row_with_a_bare_message_When_wrapped_Then_it_holds_the_envelope_with_the_rows_id_and_redelivery_count()
    {
        // Arrange
        var row = new OutboxMessage
        {
            MessageId = Message.EventId,
            Body = JsonSerializer.Serialize(Message, MessageJson.Options),
            Redelivery = 1,
            CreatedAt = Message.OccurredAt,
        };

        // Act
        OutboxEnvelope.WrapBareMessage(row, typeof(ReportRegistered));
        var read = Deserialize(row.Body);

        // Assert
        Assert.Equal("application/vnd.masstransit+json", row.ContentType);
        Assert.Equal(Message.EventId, read.MessageId);
        Assert.Equal(1, read.Headers.Get<int>("platform-redelivery"));
        Assert.True(read.TryGetMessage<ReportRegistered>(out var message));
        Assert.Equal(Message.ReportId, message!.ReportId);
    }

    private static SerializerContext Deserialize(string body) =>
        new SystemTextJsonMessageSerializer().Deserialize(new StringMessageBody(body), EmptyHeaders.Instance);
}
