namespace Marsad.Entities.Recognition;

/// <summary>
/// The Arabic named-entity tagger: PER, LOC, ORG and MISC over tokens, with the committed model
/// (<see cref="Default"/>, loaded once from Marsad.Core's embedded resource) or any model file.
/// Thread-safe: the model is immutable and every call keeps its own buffers.
/// </summary>
public sealed class NamedEntityRecognizer : IEntityRecognizer
{
    private static readonly Lazy<NamedEntityRecognizer> DefaultInstance = new(() => new NamedEntityRecognizer(NerModel.LoadEmbedded()));

    /// <summary>The recogniser with the committed model (models/ner/marsad-ner.bin), loaded on first use.</summary>
    public static NamedEntityRecognizer Default => DefaultInstance.Value;

    public NamedEntityRecognizer(NerModel model) => Model = model;

    public NerModel Model { get; }

    /// <summary>
    /// The scale of the tagger's scores for <see cref="EntityMention.Confidence"/> (see SpanMarginals). At 1 nearly every
    /// mention scores above 0.9 (perceptron scores summed over 64 features lie far apart); at 20 the confidence is graded
    /// and precision rises with it (eval ner-articles prints the effect; models/ner/README.md gives the figures).
    /// </summary>
    public double ConfidenceTemperature { get; init; } = 20;

    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<(int Start, int Length)> tokens)
    {
        var profiles = new TokenProfile[tokens.Count];
        var known = new ProfileCache();
        for (int i = 0; i < profiles.Length; i++)
            profiles[i] = known.Profile(text.AsSpan(tokens[i].Start, tokens[i].Length));
        var tags = Model.Tag([profiles], out var scores)[0];
        SpanMarginals? marginals = null;

        var mentions = new List<EntityMention>();
        for (int i = 0; i < tags.Length;)
        {
            if (!NerTagSet.IsBegin(tags[i])) { i++; continue; }
            int first = i++;
            while (i < tags.Length && NerTagSet.IsInside(tags[i])) i++;
            int start = tokens[first].Start, end = tokens[i - 1].Start + tokens[i - 1].Length;
            var type = NerTagSet.TypeOf(tags[first]);
            marginals ??= new SpanMarginals(scores[0], Model.FinalTransitions, ConfidenceTemperature);
            mentions.Add(new EntityMention(start, end, type, text[start..end]) { Confidence = Math.Round(marginals.Span(first, i, type), 4) });
        }
        return mentions;
    }

    /// <summary>IOB2 labels (O, B-PER, I-PER, B-LOC, ...) for pre-tokenised words of one sentence that is the whole document.</summary>
    public IReadOnlyList<string> TagWords(IReadOnlyList<string> words) => TagDocument([words])[0];

    /// <summary>IOB2 labels for the pre-tokenised sentences of one document (e.g. of a CoNLL file), each sentence decoded on its own.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var document = new TokenProfile[sentences.Count][];
        var known = new ProfileCache();
        for (int s = 0; s < document.Length; s++)
        {
            document[s] = new TokenProfile[sentences[s].Count];
            for (int i = 0; i < document[s].Length; i++) document[s][i] = known.Profile(sentences[s][i]);
        }
        return Array.ConvertAll(Model.Tag(document), tags => (IReadOnlyList<string>)Array.ConvertAll(tags, NerTagSet.Label));
    }

    /// <summary>
    /// Tags the sentences of a corpus, read as consecutive documents of <see cref="ConllCorpus.DocumentSentences"/>,
    /// and scores the result against their tags, conlleval-style.
    /// </summary>
    public ConllEvaluation Evaluate(IReadOnlyList<ConllSentence> sentences)
    {
        var evaluator = new ConllEvaluator();
        foreach (var document in ConllCorpus.Documents(sentences))
        {
            var predicted = TagDocument(document.Select(s => s.Words).ToArray());
            for (int s = 0; s < document.Count; s++) evaluator.Add(document[s].Tags, predicted[s]);
        }
        return evaluator.Result();
    }
}

/// <summary>
/// The profiles of one document's words, each computed once: a news article writes most of its words more than once,
/// and a profile (match key, a dozen hashes, three dictionary lookups) costs more than finding it again.
/// </summary>
internal sealed class ProfileCache
{
    private readonly Dictionary<string, TokenProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenProfile>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ProfileCache() => _lookup = _profiles.GetAlternateLookup<ReadOnlySpan<char>>();

    public TokenProfile Profile(ReadOnlySpan<char> surface)
    {
        if (!_lookup.TryGetValue(surface, out var profile)) _lookup[surface] = profile = NerFeatures.Profile(surface);
        return profile;
    }
}
