namespace Marsad.Annotation.Quotes;

/// <summary>
/// Words a document attributes to a speaker. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets (half-open) of
/// what was said: inside the quotation marks for a direct quote, after إن/أن or the colon for reported speech.
/// </summary>
/// <param name="SpeakerEntityId">The resolved speaker (a person, or the body that spoke), or null when unknown.</param>
/// <param name="SpeakerText">The words that name the speaker in the text, or null when the verb has no subject.</param>
/// <param name="Direct">Whether the words are quoted verbatim (between quotation marks).</param>
/// <param name="Verb">The speech verb as written ("وقالت", "أضاف").</param>
public sealed record Quote(string Document, int Start, int End, string Text, string? SpeakerEntityId, string? SpeakerText, bool Direct, string Verb);
