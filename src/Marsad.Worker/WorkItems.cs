namespace Marsad.Worker;

/// <summary>One document for one stage, as a JetStream message. The content hash and the stage are the idempotency
/// key: the message id a publisher gives it (a second publish within the stream's duplicate window is dropped) and what
/// a worker checks before writing (a redelivered item whose result is committed is acknowledged and not redone).</summary>
public sealed record WorkItem(long Document, string ContentHash, string Stage);

/// <summary>A message that failed on every attempt, with the last error, as the dead-letter stream keeps it.</summary>
public sealed record DeadLetter(string Subject, string Data, string Error, int Attempts);

/// <summary>The streams, subjects and consumers of the pipeline. One stream carries the hand-offs (one subject each);
/// each stage is a durable pull consumer shared by every worker that runs the stage.</summary>
public static class PipelineStreams
{
    public const string Stream = "MARSAD";
    public const string DeadStream = "MARSAD_DEAD";
    /// <summary>Stored documents for the per-document stages (text core and dedup, one transaction).</summary>
    public const string ProcessSubject = "marsad.process";
    /// <summary>Requests for a collection run (entities, facts, stories), one per processed state of the store.</summary>
    public const string CollectionSubject = "marsad.collection";
    /// <summary>Processed documents to place among the last collection run's stories by the story candidate lookup.</summary>
    public const string PlaceSubject = "marsad.place";
    public const string DeadSubjectPrefix = "marsad.dead.";

    public const string ProcessStage = "process";
    public const string CollectionStage = "collection";
    public const string PlaceStage = "place";
    public static readonly IReadOnlyList<string> Stages = [ProcessStage, PlaceStage, CollectionStage];

    /// <summary>Raise when placement changes for the same input, so that documents are placed again.</summary>
    public const int PlaceStageVersion = 1;
}
