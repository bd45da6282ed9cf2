namespace Marsad.Pipeline;

/// <summary>Why a piece of the original text is not in the clean text.</summary>
public enum RemovalKind
{
    /// <summary>Page furniture: navigation, widgets, share/print labels, captions, copyright lines, "read also" lists.</summary>
    Boilerplate,
    /// <summary>Debris of an embedded post (tweet body, attribution line, retweet line).</summary>
    Embed,
    /// <summary>A paragraph the document had already printed.</summary>
    RepeatedParagraph,
}

/// <summary>Text taken out of the body, kept so that nothing is silently dropped.</summary>
/// <param name="Reason">The rule that fired, in a few words (for example "size toggle", "tweet attribution").</param>
public sealed record RemovedText(RemovalKind Kind, string Text, string Reason);
