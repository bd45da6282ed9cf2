using Marsad.Feeds;
using NATS.Client.JetStream;

namespace Marsad.Worker;

/// <summary>Hands a feed item the scheduler stored to the pipeline: one <c>marsad.process</c> message, with the id
/// <c>marsad enqueue</c> gives it, so an item queued both ways is queued once.</summary>
public sealed class JetStreamFeedSink(INatsJSContext js) : IFeedItemSink
{
    /// <summary>Messages the stream took (not dropped as repeats).</summary>
    public int Published { get; private set; }

    public static async Task<JetStreamFeedSink> CreateAsync(INatsJSContext js, CancellationToken cancel)
    {
        await PipelineWorker.EnsureStreamsAsync(js, cancel).ConfigureAwait(false);
        return new JetStreamFeedSink(js);
    }

    public async Task PublishAsync(long documentId, string contentHash, CancellationToken cancel)
    {
        if (await PipelineWorker.PublishProcessAsync(js, documentId, contentHash, cancel).ConfigureAwait(false)) Published++;
    }
}
