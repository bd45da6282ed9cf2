using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Marsad.Pipeline;

/// <summary>
/// The pipeline's measurements on a meter named <see cref="MeterName"/> (System.Diagnostics.Metrics, exported by
/// OpenTelemetry): articles taken in and put out per stage, errors per stage and kind, and per-consumer lag as a
/// worker last read it from JetStream. One instance per worker or scheduler; instruments of one name add up across
/// instances in any listener.
/// </summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "Marsad.Pipeline";
    public const string ArticlesIn = "marsad.pipeline.articles.in";
    public const string ArticlesOut = "marsad.pipeline.articles.out";
    public const string Errors = "marsad.pipeline.errors";
    public const string ConsumerLag = "marsad.pipeline.consumer.lag";
    public const string ConsumerAckPending = "marsad.pipeline.consumer.ack_pending";

    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> articlesIn, articlesOut, errors;
    private readonly ConcurrentDictionary<string, (long Pending, long AckPending)> consumers = new(StringComparer.Ordinal);

    public PipelineMetrics()
    {
        articlesIn = meter.CreateCounter<long>(ArticlesIn, "{article}", "Items a stage took from its queue (messages delivered, feed items read).");
        articlesOut = meter.CreateCounter<long>(ArticlesOut, "{article}", "Items a stage finished, by outcome (processed, skipped, already-done, placed, published).");
        errors = meter.CreateCounter<long>(Errors, "{error}", "Failures by stage and kind (retried, dead-lettered, nats, feed).");
        meter.CreateObservableGauge(ConsumerLag, () => consumers.Select(c => new Measurement<long>(c.Value.Pending, new KeyValuePair<string, object?>("consumer", c.Key))),
            "{message}", "Messages in the stream the consumer has not been delivered yet, as last read from JetStream.");
        meter.CreateObservableGauge(ConsumerAckPending, () => consumers.Select(c => new Measurement<long>(c.Value.AckPending, new KeyValuePair<string, object?>("consumer", c.Key))),
            "{message}", "Messages delivered to the consumer and not acknowledged yet.");
    }

    public void In(string stage, long count = 1) => articlesIn.Add(count, new KeyValuePair<string, object?>("stage", stage));

    public void Out(string stage, string outcome) =>
        articlesOut.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("outcome", outcome));

    public void Error(string stage, string kind) =>
        errors.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("kind", kind));

    public void Lag(string consumer, long pending, long ackPending) => consumers[consumer] = (pending, ackPending);

    public void Dispose() => meter.Dispose();
}
