namespace Platform.BuildingBlocks.Messaging;

/// <summary>Messaging settings, bound from the <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Messaging";

    /// <summary>Messages the broker hands a consumer ahead of time (MassTransit's default is 2 × cores).</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>Messages handled at once per receive endpoint.</summary>
    public int ConcurrentMessageLimit { get; set; } = 16;

    /// <summary>In-process retries of a failing consumer, before delayed redelivery.</summary>
    public TimeSpan[] ImmediateRetryDelays { get; set; } = [];

    /// <summary>Delays of the durable redeliveries; after the last, the message goes to the error queue.</summary>
    public TimeSpan[] RedeliveryDelays { get; set; } = [];

    /// <summary>
    /// Fills the delays that configuration left empty. The binder appends to an array that already
    /// has elements instead of replacing it, so defaults cannot sit in the initialisers.
    /// </summary>
    public MessagingOptions WithDefaults()
    {
        if (ImmediateRetryDelays.Length == 0)
        {
            ImmediateRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];
        }

        if (RedeliveryDelays.Length == 0)
        {
            RedeliveryDelays = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];
        }

        return this;
    }

    /// <summary>How often the relay looks for due rows when nothing wakes it.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the relay waits for the broker to confirm one message.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows the relay claims per transaction.</summary>
    public int RelayBatchSize { get; set; } = 100;

    /// <summary>The longest pause before retrying to publish after the broker failed.</summary>
    public TimeSpan MaxPublishBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed publishes, counted while the broker is healthy, after which a row is dead until an operator replays it.</summary>
    public int MaxPublishAttempts { get; set; } = 10;

    /// <summary>How long sent rows are kept (for audit) before the sweep deletes them.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the sweep deletes sent rows past retention.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows the sweep deletes per statement, so no statement holds its locks for long.</summary>
    public int SweepBatchSize { get; set; } = 1000;

    /// <summary>How often the outbox's age and dead rows are read for their gauges.</summary>
    public TimeSpan OutboxMetricsInterval { get; set; } = TimeSpan.FromSeconds(15);
}
